export function cartTotal(cart) {
  let total = 0;
  for (const item of cart) {
    total = total + item.priceCents * item.quantity;
  }
  return total;
}
