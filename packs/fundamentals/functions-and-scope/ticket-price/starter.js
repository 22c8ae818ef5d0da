export function ticketPrice(age) {
  // Your code here
}
