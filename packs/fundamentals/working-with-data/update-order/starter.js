export function updateOrder(order, changes) {
  // Your code here
}
