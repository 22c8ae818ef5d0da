export function throttle(fn, waitMs) {
  // Your code here
}
