export function countVowels(text) {
  // Your code here
}
