export function readSettings(text) {
  // Your code here
}
