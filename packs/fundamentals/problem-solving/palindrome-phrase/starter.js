export function isPalindromePhrase(phrase) {
  // Your code here
}
