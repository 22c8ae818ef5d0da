// Wrong fix: repairs the total, but the spread copy still shares the nested customer,
// so adding points changes the original order too.
export function orderTotal(order, menu) {
  let total = 0;
  for (const item in order.items) {
    total += menu[item] * order.items[item];
  }
  return total;
}

export function withPoints(order, menu) {
  const updated = { ...order };
  updated.customer.points += Math.floor(orderTotal(order, menu) / 1000);
  return updated;
}
