export function fullName(first, last) {
  // Your code here
}
