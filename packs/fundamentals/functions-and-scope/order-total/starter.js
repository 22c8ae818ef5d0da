export function subtotal(price, quantity) {
  // Your code here
}

export function shippingCost(amount) {
  // Your code here
}

export function orderTotal(price, quantity, discount) {
  // Your code here
}
