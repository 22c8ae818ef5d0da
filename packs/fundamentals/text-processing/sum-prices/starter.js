export function sumPrices(note) {
  // Your code here
}
