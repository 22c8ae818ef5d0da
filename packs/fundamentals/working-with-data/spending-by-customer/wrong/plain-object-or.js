// Wrong approach: a plain {} with `spent[name] || 0`, so "constructor" starts from a built-in function and "__proto__" is never stored.
export function spendingByCustomer(orders) {
  const spent = {};
  for (const order of orders) {
    if (order.status !== "paid") {
      continue;
    }
    const name = order.customer ?? "guest";
    spent[name] = (spent[name] || 0) + order.total;
  }
  return spent;
}
