export async function sendAll(orders, send) {
  const results = [];
  for (const order of orders) {
    try {
      const receipt = await send(order);
      results.push({ id: order.id, ok: true, receipt });
    } catch (error) {
      results.push({ id: order.id, ok: false, error: error.message });
    }
  }
  return results;
}
