// Wrong approach: does not round, so the new price can have fractions of a centavo.
export function applyDiscount(product, percent) {
  const newPrice = product.priceCents - (product.priceCents * percent) / 100;
  return { ...product, priceCents: newPrice, oldPriceCents: product.priceCents };
}
