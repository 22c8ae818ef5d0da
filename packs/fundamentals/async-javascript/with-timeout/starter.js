export function withTimeout(promise, ms) {
  // Your code here
}
