// Wrong approach: countByStatus counts in a plain `{}`, so a status named like a built-in
// ("constructor", "toString") starts from the inherited function instead of 0.
// Turns the API's JSON text into simple records for the warehouse screen.
export function parseOrders(text) {
  const data = JSON.parse(text);
  return data.orders.map((order) => ({
    id: order.id,
    buyer: order.buyer.name,
    state: order.buyer.state ?? "unknown",
    cents: order.amount.cents,
    status: order.status,
    tracking: order.tracking ?? null,
  }));
}

// { paid: 2, shipped: 1 }
export function countByStatus(orders) {
  const counts = {};
  for (const order of orders) {
    counts[order.status] = (counts[order.status] ?? 0) + 1;
  }
  return counts;
}

// A new list where the order with this id is shipped with its tracking code.
export function markShipped(orders, id, tracking) {
  return orders.map((order) => (order.id === id ? { ...order, status: "shipped", tracking } : order));
}
