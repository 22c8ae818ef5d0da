export function digitSum(n) {
  // Your code here
}
