export function balanceStatus(balance) {
  // Your code here
}
