export function discountAll(prices, percent) {
  // Your code here
}
