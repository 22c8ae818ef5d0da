// Wrong approach: returns the total in pesos (divided by 100) instead of in centavos.
export function totalPrice(unitPrice, quantity) {
  const subtotal = unitPrice * quantity;
  return (subtotal + Math.round((subtotal * 16) / 100)) / 100;
}
