// Wrong fix: rounds the points to the nearest whole number, giving points for part of $10.00.
export function orderTotal(order, menu) {
  let total = 0;
  for (const item in order.items) {
    total += menu[item] * order.items[item];
  }
  return total;
}

export function withPoints(order, menu) {
  const earned = Math.round(orderTotal(order, menu) / 1000);
  return {
    ...order,
    customer: { ...order.customer, points: order.customer.points + earned },
  };
}
