export function addTax(prices, rate) {
  // Your code here
}
