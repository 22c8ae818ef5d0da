export function sameName(a, b) {
  // Your code here
}
