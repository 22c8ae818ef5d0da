export function greet(name) {
  // Your code here
}
