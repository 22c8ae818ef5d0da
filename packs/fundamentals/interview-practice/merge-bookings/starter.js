export function busyBlocks(bookings) {
  // Your code here
}
