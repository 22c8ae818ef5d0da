export function isLuckyTicket(ticket) {
  // Your code here
}
