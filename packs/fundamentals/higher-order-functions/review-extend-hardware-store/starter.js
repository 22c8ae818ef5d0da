import { formatPesos } from './money.js';

export function lowStock(products) {
  return products
    .filter((product) => product.stock < product.minimum)
    .map((product) => product.name);
}

export function inventoryValue(products) {
  return products.reduce((sum, product) => sum + product.stock * product.price, 0);
}

export function restockOrder(products) {
  // Your code here
}
