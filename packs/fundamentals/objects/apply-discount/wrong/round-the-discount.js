// Wrong approach: rounds the discount and subtracts it, instead of rounding the final price once.
export function applyDiscount(product, percent) {
  const discount = Math.round((product.priceCents * percent) / 100);
  return { ...product, priceCents: product.priceCents - discount, oldPriceCents: product.priceCents };
}
