export function secondsIn(days) {
  // Your code here
}
