export function bestScore(scores) {
  // Your code here
}
