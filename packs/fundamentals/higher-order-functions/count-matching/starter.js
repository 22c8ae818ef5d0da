export function countMatching(items, check) {
  // Your code here
}
