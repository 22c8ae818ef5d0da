export function growSavings(amount, rate, years) {
  // Your code here
}
