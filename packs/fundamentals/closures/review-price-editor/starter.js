export function makePriceEditor(initialPrice) {
  // Your code here
}
