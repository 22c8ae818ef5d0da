export function cleanBookingCode(typed) {
  // Your code here
}
