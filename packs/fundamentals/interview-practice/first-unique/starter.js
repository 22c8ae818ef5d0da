export function firstUnique(text) {
  // Your code here
}
