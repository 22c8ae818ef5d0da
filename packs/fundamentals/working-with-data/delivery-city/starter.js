export function deliveryCity(order) {
  // Your code here
}
