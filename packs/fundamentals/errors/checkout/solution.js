export class OutOfStockError extends Error {
  constructor(item, requested, available) {
    super(`Not enough ${item}: asked for ${requested}, only ${available} left`);
    this.name = "OutOfStockError";
    this.item = item;
    this.requested = requested;
    this.available = available;
  }
}

export function reserve(stock, item, quantity) {
  if (!Object.hasOwn(stock, item)) {
    throw new Error(`Unknown item: ${item}`);
  }
  if (quantity <= 0) {
    throw new RangeError("Quantity must be positive");
  }
  if (quantity > stock[item]) {
    throw new OutOfStockError(item, quantity, stock[item]);
  }
  stock[item] -= quantity;
  return stock[item];
}

export function checkout(stock, order) {
  const reserved = [];
  const missing = [];
  for (const line of order) {
    try {
      reserve(stock, line.item, line.quantity);
      reserved.push(line.item);
    } catch (error) {
      if (error instanceof OutOfStockError) {
        missing.push({ item: error.item, available: error.available });
      } else {
        throw error;
      }
    }
  }
  return { reserved, missing };
}
