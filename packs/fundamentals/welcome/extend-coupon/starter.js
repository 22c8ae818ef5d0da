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
  // Your code here
}

export function receiptWithCoupon(item, unitPrice, quantity, coupon) {
  // Your code here
}
