export function updateStock(stock, item, change) {
  // Your code here
}
