import { centro, frontera } from './stores.js';

export function fronteraPrice(centavos) {
  return centro.priceWithIva.call(frontera, centavos);
}

export function fronteraLine(entry) {
  return centro.receiptLine.apply(frontera, entry);
}

export function makeFronteraPricer() {
  return centro.priceWithIva.bind(frontera);
}
