export function withdrawCash(balance, amount) {
  // Your code here
}
