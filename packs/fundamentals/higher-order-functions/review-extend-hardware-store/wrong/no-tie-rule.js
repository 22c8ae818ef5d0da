// Wrong: sorts by quantity only, with the biggest last, and no rule for ties.
import { formatPesos } from './money.js';

export function lowStock(products) {
  return products
    .filter((product) => product.stock < product.minimum)
    .map((product) => product.name);
}

export function inventoryValue(products, category) {
  return products
    .filter((product) => category === undefined || product.category === category)
    .reduce((sum, product) => sum + product.stock * product.price, 0);
}

export function restockOrder(products) {
  return products
    .filter((product) => product.stock < product.minimum)
    .map((product) => ({ product, quantity: product.minimum * 2 - product.stock }))
    .sort((a, b) => a.quantity - b.quantity)
    .map((line) => {
      const product = line.product;
      const cost = formatPesos(line.quantity * product.price);
      return `${product.sku} ${product.name}: ${line.quantity} × ${formatPesos(product.price)} = ${cost}`;
    });
}
