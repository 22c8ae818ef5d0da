// Wrong approach: multiplies by (1 - percent / 100), a decimal, which rounds some exact halves down.
export function applyDiscount(product, percent) {
  const newPrice = Math.round(product.priceCents * (1 - percent / 100));
  return { ...product, priceCents: newPrice, oldPriceCents: product.priceCents };
}
