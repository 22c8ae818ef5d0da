export function withdraw(balance, amount) {
  // Your code here
}
