export function shippingLabel(order) {
  // Your code here
}
