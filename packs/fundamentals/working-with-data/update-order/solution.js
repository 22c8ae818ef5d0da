export function updateOrder(order, changes) {
  const { address = {}, addItems = [], ...other } = changes;

  return {
    ...order,
    ...other,
    address: { ...order.address, ...address },
    items: [...order.items, ...addItems],
    id: order.id,
  };
}
