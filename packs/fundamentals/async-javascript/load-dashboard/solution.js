// api.getUser(id)        → promise of { id, name }
// api.getOrders(userId)  → promise of [{ id, status }]
// api.getMessages(userId) → promise of [{ text, read }]
// Each request takes about a second.

export async function loadDashboard(api, userId) {
  const user = await api.getUser(userId);
  const [ordersResult, messagesResult] = await Promise.allSettled([
    api.getOrders(user.id),
    api.getMessages(user.id),
  ]);
  if (ordersResult.status === "rejected") {
    throw ordersResult.reason;
  }
  const orders = ordersResult.value;
  const warnings = [];
  let unread = null;
  if (messagesResult.status === "fulfilled") {
    unread = messagesResult.value.filter((message) => !message.read).length;
  } else {
    warnings.push("Messages unavailable");
  }
  return {
    name: user.name,
    openOrders: orders.filter((order) => order.status !== "delivered").length,
    unread,
    warnings,
  };
}
