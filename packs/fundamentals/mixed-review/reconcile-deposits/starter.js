export function reconcile(invoices, deposits) {
  // Your code here
}
