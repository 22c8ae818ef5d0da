export function hasFreeShipping(total) {
  // Your code here
}
