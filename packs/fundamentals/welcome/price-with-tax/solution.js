const TAX_PERCENT = 16;

export function totalPrice(unitPrice, quantity) {
  const subtotal = unitPrice * quantity;
  const tax = Math.round((subtotal * TAX_PERCENT) / 100);
  return subtotal + tax;
}
