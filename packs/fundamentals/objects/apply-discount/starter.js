export function applyDiscount(product, percent) {
  // Your code here
}
