// returns one product fewer than k
export function topSellers(sales, k) {
  const totals = new Map();
  for (const { sku, units } of sales) {
    totals.set(sku, (totals.get(sku) ?? 0) + units);
  }
  return [...totals]
    .map(([sku, units]) => ({ sku, units }))
    .sort((a, b) => b.units - a.units || a.sku.localeCompare(b.sku))
    .slice(0, Math.max(0, k - 1));
}
