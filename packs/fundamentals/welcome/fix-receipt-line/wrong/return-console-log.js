// Wrong fix: returns what console.log gives back, which is undefined, instead of the text.
export function lineTotal(quantity, unitPrice) {
  return quantity * unitPrice;
}

export function receiptLine(item, quantity, unitPrice) {
  const total = lineTotal(quantity, unitPrice);
  return console.log(quantity + " x " + item + ": $" + total);
}
