// loops k times, so a k bigger than the number of products crashes
export function topSellers(sales, k) {
  const totals = new Map();
  for (const { sku, units } of sales) {
    totals.set(sku, (totals.get(sku) ?? 0) + units);
  }
  const sorted = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = [];
  for (let i = 0; i < k; i++) {
    top.push({ sku: sorted[i][0], units: sorted[i][1] });
  }
  return top;
}
