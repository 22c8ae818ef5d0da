export function classReport(scores, passingScore) {
  // Your code here
}
