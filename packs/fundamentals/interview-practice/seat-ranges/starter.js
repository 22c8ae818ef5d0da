export function seatRanges(seats) {
  // Your code here
}
