const TAX_RATE = 0.10;

export function totalPrice(unitPrice, quantity) {
  const subtotal = unitPrice * quantity;
  return subtotal + subtotal * TAX_RATE;
}
