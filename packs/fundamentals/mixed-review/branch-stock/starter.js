export function mergeStock(reports) {
  // Your code here
}
