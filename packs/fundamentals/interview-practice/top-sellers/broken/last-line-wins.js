// keeps only the last line of each product instead of adding its lines up
export function topSellers(sales, k) {
  const totals = new Map();
  for (const { sku, units } of sales) {
    totals.set(sku, units);
  }
  return [...totals]
    .map(([sku, units]) => ({ sku, units }))
    .sort((a, b) => b.units - a.units || a.sku.localeCompare(b.sku))
    .slice(0, k);
}
