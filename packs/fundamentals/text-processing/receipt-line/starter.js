export function receiptLine(item, price, width) {
  // Your code here
}
