// Wrong: copies the top category with spread, but the nested categories and products are still
// the old objects, so discounting them changes the original catalog.
export function countProducts(category) {
  let total = category.products.length;
  for (const sub of category.subcategories) {
    total += countProducts(sub);
  }
  return total;
}

export function withDiscount(category, percent) {
  const copy = { ...category };
  for (const product of copy.products) {
    product.price = Math.round((product.price * (100 - percent)) / 100);
  }
  for (const sub of copy.subcategories) {
    withDiscount(sub, percent);
  }
  return copy;
}

export function cheapest(category) {
  let best = null;
  for (const product of category.products) {
    if (best === null || product.price < best.price) {
      best = product;
    }
  }
  for (const sub of category.subcategories) {
    const candidate = cheapest(sub);
    if (candidate !== null && (best === null || candidate.price < best.price)) {
      best = candidate;
    }
  }
  return best;
}
