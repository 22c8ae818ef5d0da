// Wrong approach: adds each item's price once, forgetting to multiply by its quantity.
export function cartTotal(cart) {
  let total = 0;
  for (const item of cart) {
    total = total + item.priceCents;
  }
  return total;
}
