// Wrong approach: removes a name only when it repeats the one just before it, but does so
// before sorting, so repeats that are not next to each other survive.
export function paidTotal(orders) {
  return orders
    .filter((order) => order.status === "paid")
    .reduce((sum, order) => sum + order.amount, 0);
}

export function customerList(orders) {
  const names = [];
  orders.forEach((order) => {
    if (names[names.length - 1] !== order.customer) {
      names.push(order.customer);
    }
  });
  return names.sort((a, b) => a.localeCompare(b));
}

export function pendingReminders(orders) {
  return orders
    .filter((order) => order.status === "pending")
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((order) => `#${order.id} ${order.customer}, pending since ${order.date}`);
}
