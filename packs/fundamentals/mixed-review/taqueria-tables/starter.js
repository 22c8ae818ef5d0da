export function billsByTable(orders) {
  // Your code here
}
