export function parseTime(text) {
  // Your code here
}
