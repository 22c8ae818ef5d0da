export function shippingLabel(order) {
  const customer = order.customer;
  const address = customer.address;
  return `${customer.name}, ${address.street}, ${address.city.toUpperCase()}`;
}
