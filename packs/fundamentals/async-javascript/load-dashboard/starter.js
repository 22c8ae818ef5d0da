// api.getUser(id)        → promise of { id, name }
// api.getOrders(userId)  → promise of [{ id, status }]
// api.getMessages(userId) → promise of [{ text, read }]
// Each request takes about a second.

export async function loadDashboard(api, userId) {
  const user = await api.getUser(userId);
  const orders = await api.getOrders(user.id);
  const messages = await api.getMessages(user.id);
  return {
    name: user.name,
    openOrders: orders.filter((order) => order.status !== "delivered").length,
    unread: messages.filter((message) => !message.read).length,
  };
}
