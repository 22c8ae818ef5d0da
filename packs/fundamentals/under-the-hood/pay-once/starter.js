export function once(fn) {
  // Your code here
}
