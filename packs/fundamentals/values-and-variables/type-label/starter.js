export function typeLabel(value) {
  // Your code here
}
