export function receiptLine(item, price, width = 20) {
  const amount = price.toFixed(2);
  const room = width - amount.length - 1;
  const name = item.slice(0, room);
  return name.padEnd(width - amount.length, ".") + amount;
}
