// Waits for every order with Promise.all, but sends them all at the same moment.
export async function syncOrders(orders, api) {
  const synced = [];
  const failed = [];
  await Promise.all(
    orders.map(async (order) => {
      try {
        const receipt = await api.send(order);
        synced.push(receipt.folio);
      } catch (error) {
        failed.push(order.id);
      }
    }),
  );
  return { synced, failed };
}

export function syncMessage(orders, api) {
  return syncOrders(orders, api).then((result) => {
    return `${result.synced.length} orders synced, ${result.failed.length} waiting`;
  });
}
