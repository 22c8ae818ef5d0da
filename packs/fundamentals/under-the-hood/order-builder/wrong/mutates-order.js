// Wrong approach: addItems pushes into the order it received instead of returning a new one.
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
  order.items.push(...more);
  order.count = order.items.length;
  return order;
}
