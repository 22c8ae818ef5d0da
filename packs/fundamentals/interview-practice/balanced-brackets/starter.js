export function isBalanced(code) {
  // Your code here
}
