export function rotate(items, k) {
  // Your code here
}
