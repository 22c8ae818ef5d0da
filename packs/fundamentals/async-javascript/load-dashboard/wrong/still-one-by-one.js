// Wrong approach: handles a failure of the messages, but still waits for the orders
// before asking for the messages.
export async function loadDashboard(api, userId) {
  const user = await api.getUser(userId);
  const orders = await api.getOrders(user.id);
  const warnings = [];
  let unread = null;
  try {
    const messages = await api.getMessages(user.id);
    unread = messages.filter((message) => !message.read).length;
  } catch (error) {
    warnings.push("Messages unavailable");
  }
  return {
    name: user.name,
    openOrders: orders.filter((order) => order.status !== "delivered").length,
    unread,
    warnings,
  };
}
