export function longestUnique(text) {
  // Your code here
}
