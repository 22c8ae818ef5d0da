export function classReport(scores, passMark) {
  // Your code here
}
