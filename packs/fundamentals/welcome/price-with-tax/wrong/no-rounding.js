// Wrong approach: adds 16% without rounding, so the total can have fractions of a centavo.
const TAX_PERCENT = 16;

export function totalPrice(unitPrice, quantity) {
  const subtotal = unitPrice * quantity;
  return subtotal + (subtotal * TAX_PERCENT) / 100;
}
