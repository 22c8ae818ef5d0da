export function makeInitials(first, last) {
  // Your code here
}
