export function uniqueItems(list) {
  // Your code here
}
