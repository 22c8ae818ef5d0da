export function parseOrder(message) {
  // Your code here
}
