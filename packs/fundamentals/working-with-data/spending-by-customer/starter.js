export function spendingByCustomer(orders) {
  // Your code here
}
