export function isLeapYear(year) {
  // Your code here
}
