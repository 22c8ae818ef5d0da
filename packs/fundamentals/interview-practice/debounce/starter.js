export function debounce(fn, waitMs) {
  // Your code here
}
