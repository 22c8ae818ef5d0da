export function cartTotal(cart) {
  // Your code here
}
