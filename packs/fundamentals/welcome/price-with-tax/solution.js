const TAX_RATE = 0.16;

export function totalPrice(unitPrice, quantity) {
  const subtotal = unitPrice * quantity;
  return subtotal + subtotal * TAX_RATE;
}
