// Wrong approach: takes the coupon off after adding IVA, so the customer still pays tax on it.
const IVA_RATE = 0.16;

export function subtotal(unitPrice, quantity) {
  return unitPrice * quantity;
}

export function total(unitPrice, quantity) {
  const beforeTax = subtotal(unitPrice, quantity);
  return beforeTax + beforeTax * IVA_RATE;
}

export function receipt(item, unitPrice, quantity) {
  return `${quantity} x ${item}: ${total(unitPrice, quantity)} pesos with IVA`;
}

export function totalWithCoupon(unitPrice, quantity, coupon) {
  return total(unitPrice, quantity) - coupon;
}

export function receiptWithCoupon(item, unitPrice, quantity, coupon) {
  const amount = totalWithCoupon(unitPrice, quantity, coupon);
  return `${quantity} x ${item}: ${amount} pesos with IVA (coupon: ${coupon} pesos)`;
}
