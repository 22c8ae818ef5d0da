// Wrong approach: checks with Object.hasOwn but still assigns into a plain {}, where `spent["__proto__"] = ...` is swallowed.
export function spendingByCustomer(orders) {
  const spent = {};
  for (const order of orders) {
    if (order.status !== "paid") {
      continue;
    }
    const name = order.customer ?? "guest";
    const soFar = Object.hasOwn(spent, name) ? spent[name] : 0;
    spent[name] = soFar + order.total;
  }
  return spent;
}
