export function applyDiscount(product, percent) {
  const newPrice = Math.round((product.priceCents * (100 - percent)) / 100);
  return { ...product, priceCents: newPrice, oldPriceCents: product.priceCents };
}
