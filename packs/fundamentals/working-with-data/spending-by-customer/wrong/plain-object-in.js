// Wrong approach: a plain {} checked with `in`, which also finds inherited keys like "toString" and "__proto__".
export function spendingByCustomer(orders) {
  const spent = {};
  for (const order of orders) {
    if (order.status !== "paid") {
      continue;
    }
    const name = order.customer ?? "guest";
    if (name in spent) {
      spent[name] += order.total;
    } else {
      spent[name] = order.total;
    }
  }
  return spent;
}
