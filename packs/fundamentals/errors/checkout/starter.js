export class OutOfStockError extends Error {
  constructor(item, requested, available) {
    super();
    // Your code here
  }
}

export function reserve(stock, item, quantity) {
  // Your code here
}

export function checkout(stock, order) {
  // Your code here
}
