export function cartTotal(cart) {
  let total = 0;
  for (const item of cart) {
    total = total + item.price * item.quantity;
  }
  return total;
}
