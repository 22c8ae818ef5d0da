export function topWords(text, n) {
  // Your code here
}
