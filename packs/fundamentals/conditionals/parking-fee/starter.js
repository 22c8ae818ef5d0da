export function parkingFee(minutes, isWeekend) {
  // Your code here
}
