// counts how many ticket lines mention a product, not how many units were sold
export function topSellers(sales, k) {
  const lines = new Map();
  const totals = new Map();
  for (const { sku, units } of sales) {
    lines.set(sku, (lines.get(sku) ?? 0) + 1);
    totals.set(sku, (totals.get(sku) ?? 0) + units);
  }
  return [...totals]
    .map(([sku, units]) => ({ sku, units }))
    .sort((a, b) => lines.get(b.sku) - lines.get(a.sku) || a.sku.localeCompare(b.sku))
    .slice(0, k);
}
