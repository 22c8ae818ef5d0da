// Wrong approach: copies centro's methods onto frontera instead of borrowing them with call, apply and bind.
import { centro, frontera } from './stores.js';

export function fronteraPrice(centavos) {
  frontera.priceWithIva = centro.priceWithIva;
  return frontera.priceWithIva(centavos);
}

export function fronteraLine(entry) {
  frontera.receiptLine = centro.receiptLine;
  return frontera.receiptLine(entry[0], entry[1]);
}

export function makeFronteraPricer() {
  frontera.priceWithIva = centro.priceWithIva;
  return (centavos) => frontera.priceWithIva(centavos);
}
