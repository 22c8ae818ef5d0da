// always rounds the IVA up
export function priceWithIva(subtotal) {
  if (!Number.isInteger(subtotal) || subtotal < 0) {
    throw new RangeError("Subtotal must be a whole number of centavos, 0 or more");
  }
  const iva = Math.ceil((subtotal * 16) / 100);
  return { subtotal, iva, total: subtotal + iva };
}
