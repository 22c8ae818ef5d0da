export function countProducts(category) {
  let total = category.products.length;
  for (const sub of category.subcategories) {
    total += countProducts(sub);
  }
  return total;
}

export function withDiscount(category, percent) {
  // Your code here
}

export function cheapest(category) {
  // Your code here
}
