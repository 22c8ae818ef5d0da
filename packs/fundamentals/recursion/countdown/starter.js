export function countdown(n) {
  // Your code here
}
