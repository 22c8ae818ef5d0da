export function makeChange(price, paid) {
  // Your code here
}
