export function deepEqual(a, b) {
  // Your code here
}
