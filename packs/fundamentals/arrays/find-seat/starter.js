export function findSeat(chart, name) {
  // Your code here
}
