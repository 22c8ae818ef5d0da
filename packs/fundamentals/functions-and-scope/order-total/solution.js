export function subtotal(price, quantity) {
  return price * quantity;
}

export function shippingCost(amount) {
  if (amount >= 50) {
    return 0;
  }
  return 6;
}

export function orderTotal(price, quantity, discount = 0) {
  const afterDiscount = subtotal(price, quantity) - discount;
  return afterDiscount + shippingCost(afterDiscount);
}
