export function cheapestFirst(products) {
  // Your code here
}
