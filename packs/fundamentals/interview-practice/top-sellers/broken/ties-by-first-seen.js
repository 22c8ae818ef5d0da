// breaks ties by the order products first appear instead of by SKU
export function topSellers(sales, k) {
  const totals = new Map();
  for (const { sku, units } of sales) {
    totals.set(sku, (totals.get(sku) ?? 0) + units);
  }
  return [...totals]
    .map(([sku, units]) => ({ sku, units }))
    .sort((a, b) => b.units - a.units)
    .slice(0, k);
}
