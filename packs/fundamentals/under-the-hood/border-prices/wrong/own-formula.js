// Wrong approach: writes the 8% formula and the receipt text again instead of borrowing centro's methods.
import { frontera } from './stores.js';

export function fronteraPrice(centavos) {
  return Math.round(centavos * 1.08);
}

export function fronteraLine(entry) {
  const withIva = Math.round(entry[1] * 1.08);
  return `Tienda Frontera: ${entry[0]} $${(withIva / 100).toFixed(2)}`;
}

export function makeFronteraPricer() {
  return (centavos) => Math.round(centavos * (1 + frontera.ivaRate));
}
