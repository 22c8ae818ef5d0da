export function updateStock(stock, item, change) {
  let current = stock[item];
  if (current === undefined) {
    current = 0;
  }

  const newCount = current + change;
  if (newCount > 0) {
    stock[item] = newCount;
  } else {
    delete stock[item];
  }
  return stock;
}
