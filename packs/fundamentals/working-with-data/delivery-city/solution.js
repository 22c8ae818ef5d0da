export function deliveryCity(order) {
  return order.customer?.address?.city ?? "Pick up in store";
}
