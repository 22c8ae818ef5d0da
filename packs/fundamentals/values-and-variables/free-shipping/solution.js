const FREE_SHIPPING_FROM = 50;

export function hasFreeShipping(total) {
  return total >= FREE_SHIPPING_FROM;
}
