// Wrong approach: sorts the orders array it received before filtering, which reorders
// the caller's array (sort changes the array it is called on).
export function paidTotal(orders) {
  return orders
    .filter((order) => order.status === "paid")
    .reduce((sum, order) => sum + order.amount, 0);
}

export function customerList(orders) {
  const unique = [];
  orders.forEach((order) => {
    if (!unique.includes(order.customer)) {
      unique.push(order.customer);
    }
  });
  return unique.sort((a, b) => a.localeCompare(b));
}

export function pendingReminders(orders) {
  return orders
    .sort((a, b) => a.date.localeCompare(b.date))
    .filter((order) => order.status === "pending")
    .map((order) => `#${order.id} ${order.customer}, pending since ${order.date}`);
}
