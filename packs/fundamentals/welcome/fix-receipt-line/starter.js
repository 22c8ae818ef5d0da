export function lineTotal(quantity, unitPrice) {
  return quantity * unitprice;
}

export function receiptLine(item, quantity, unitPrice) {
  const total = lineTotal(quantity, unitPrice);
  console.log(quantity + " x " + item + ":$" + total);
}
