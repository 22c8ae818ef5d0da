export function spendingByCustomer(orders) {
  // No prototype: names like "constructor" or "__proto__" are ordinary keys here.
  const spent = Object.create(null);
  for (const order of orders) {
    if (order.status !== "paid") {
      continue;
    }
    const name = order.customer ?? "guest";
    spent[name] = (spent[name] ?? 0) + order.total;
  }
  return spent;
}
