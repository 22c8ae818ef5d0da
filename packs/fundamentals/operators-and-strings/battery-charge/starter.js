export function levelAfterCharging(level, minutes) {
  // Your code here
}
