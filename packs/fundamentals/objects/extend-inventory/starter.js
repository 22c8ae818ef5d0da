export function restock(stock, item, quantity) {
  const updated = { ...stock };
  if (Object.hasOwn(updated, item)) {
    updated[item] = updated[item] + quantity;
  } else {
    updated[item] = quantity;
  }
  return updated;
}

export function lowStock(stock, limit) {
  const low = [];
  for (const item in stock) {
    if (stock[item] < limit) {
      low.push(item);
    }
  }
  return low;
}

export function sell(stock, item, quantity) {
  // Your code here
}
