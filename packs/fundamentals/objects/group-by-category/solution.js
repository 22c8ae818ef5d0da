export function groupByCategory(products) {
  const groups = {};
  for (const product of products) {
    if (product.stock > 0) {
      const category = product.category;
      if (!Object.hasOwn(groups, category)) {
        groups[category] = [];
      }
      groups[category].push(product.name);
    }
  }
  return groups;
}
