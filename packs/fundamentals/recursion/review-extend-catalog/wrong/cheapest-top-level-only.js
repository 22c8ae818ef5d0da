// Wrong: cheapest looks only at the category's own products and never at its subcategories,
// and a tie goes to the last product found.
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
    if (best === null || product.price <= best.price) {
      best = product;
    }
  }
  return best;
}
