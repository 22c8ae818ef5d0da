export function curry(fn) {
  // Your code here
}
