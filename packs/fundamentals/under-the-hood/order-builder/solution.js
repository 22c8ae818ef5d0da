export function totalCentavos(...amounts) {
  let total = 0;
  for (const amount of amounts) {
    total += amount;
  }
  return total;
}

export function makeOrder(customer, ...items) {
  return { customer, items, count: items.length };
}

export function addItems(order, ...more) {
  const items = [...order.items, ...more];
  return { ...order, items, count: items.length };
}
