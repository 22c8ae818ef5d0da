// Wrong approach: asks for orders and messages at the same time with Promise.all,
// but then a failure of the messages makes the whole dashboard fail.
export async function loadDashboard(api, userId) {
  const user = await api.getUser(userId);
  const [orders, messages] = await Promise.all([api.getOrders(user.id), api.getMessages(user.id)]);
  return {
    name: user.name,
    openOrders: orders.filter((order) => order.status !== "delivered").length,
    unread: messages.filter((message) => !message.read).length,
    warnings: [],
  };
}
