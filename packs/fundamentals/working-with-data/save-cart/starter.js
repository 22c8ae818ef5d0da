export function saveCart(cart) {
  // Your code here
}

export function loadCart(text) {
  // Your code here
}
