export function countProducts(category) {
  let total = category.products.length;
  for (const sub of category.subcategories) {
    total += countProducts(sub);
  }
  return total;
}

export function withDiscount(category, percent) {
  return {
    name: category.name,
    products: category.products.map((product) => ({
      name: product.name,
      price: Math.round((product.price * (100 - percent)) / 100),
    })),
    subcategories: category.subcategories.map((sub) => withDiscount(sub, percent)),
  };
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
