export function memoize(fn) {
  // Your code here
}
