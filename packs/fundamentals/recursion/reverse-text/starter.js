export function reverseText(text) {
  // Your code here
}
