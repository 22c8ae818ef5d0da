// Wrong fix: returns the line, but still without the space after the colon.
export function lineTotal(quantity, unitPrice) {
  return quantity * unitPrice;
}

export function receiptLine(item, quantity, unitPrice) {
  const total = lineTotal(quantity, unitPrice);
  return quantity + " x " + item + ":$" + total;
}
