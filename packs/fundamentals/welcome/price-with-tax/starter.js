export function totalPrice(unitPrice, quantity) {
  // Your code here
}
