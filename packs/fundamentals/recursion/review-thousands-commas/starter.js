export function withCommas(digits) {
  // Your code here
}
