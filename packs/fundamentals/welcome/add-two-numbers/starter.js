export function add(a, b) {
  // Your code here
}
