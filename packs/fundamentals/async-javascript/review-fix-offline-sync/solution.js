// Sends the orders one at a time, in order. Fulfills with { synced: [folios], failed: [ids] }.
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

// A promise of the cashier's line: "3 orders synced, 1 waiting".
export function syncMessage(orders, api) {
  return syncOrders(orders, api).then((result) => {
    return `${result.synced.length} orders synced, ${result.failed.length} waiting`;
  });
}
