export function countLateBuses(delays, tolerance) {
  // Your code here
}
