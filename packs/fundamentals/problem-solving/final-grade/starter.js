export function finalGrade(scores) {
  // Your code here
}
