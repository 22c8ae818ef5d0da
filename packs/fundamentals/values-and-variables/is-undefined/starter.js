export function isMissing(value) {
  // Your code here
}
