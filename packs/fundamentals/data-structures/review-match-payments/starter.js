export function matchPayments(invoices, payments) {
  // Your code here
}
