export function paidTotal(orders) {
  return orders
    .filter((order) => order.status === "paid")
    .reduce((sum, order) => sum + order.amount, 0);
}

export function customerList(orders) {
  return orders
    .map((order) => order.customer)
    .sort((a, b) => a.localeCompare(b));
}

export function pendingReminders(orders) {
  // Your code here
}
