export function makeUsername(first, last) {
  // Your code here
}
