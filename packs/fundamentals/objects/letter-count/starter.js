export function countLetters(text) {
  // Your code here
}
