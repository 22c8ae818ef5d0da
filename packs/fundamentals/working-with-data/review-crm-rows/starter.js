export function toRows(apiText) {
  // Your code here
}
