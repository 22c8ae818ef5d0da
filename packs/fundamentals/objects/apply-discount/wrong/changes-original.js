// Wrong approach: changes the product it receives instead of returning a new object.
export function applyDiscount(product, percent) {
  const oldPrice = product.priceCents;
  product.priceCents = Math.round((oldPrice * (100 - percent)) / 100);
  product.oldPriceCents = oldPrice;
  return product;
}
