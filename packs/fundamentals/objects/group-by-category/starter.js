export function groupByCategory(products) {
  // Your code here
}
