export function findBracketError(text) {
  // Your code here
}
