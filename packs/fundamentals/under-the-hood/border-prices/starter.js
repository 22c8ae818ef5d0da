import { centro, frontera } from './stores.js';

export function fronteraPrice(centavos) {
  // Your code here
}

export function fronteraLine(entry) {
  // Your code here
}

export function makeFronteraPricer() {
  // Your code here
}
