// adds the units into the first sale object of each product, changing the caller's sales
export function topSellers(sales, k) {
  const firstLine = new Map();
  for (const sale of sales) {
    if (firstLine.has(sale.sku)) {
      firstLine.get(sale.sku).units += sale.units;
    } else {
      firstLine.set(sale.sku, sale);
    }
  }
  return [...firstLine.values()]
    .map(({ sku, units }) => ({ sku, units }))
    .sort((a, b) => b.units - a.units || a.sku.localeCompare(b.sku))
    .slice(0, k);
}
