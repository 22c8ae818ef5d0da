export function flattenKeys(settings) {
  // Your code here
}
