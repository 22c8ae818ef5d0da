export function countdown(start) {
  // Your code here
}
