export function flattenList(list) {
  // Your code here
}
