export function dailyTotals(sales) {
  if (sales.length === 0) {
    return [];
  }
  const totals = [];
  for (let d = 0; d < sales[0].length; d++) {
    totals.push(0);
  }
  for (let w = 0; w < sales.length; w++) {
    for (let d = 0; d < sales[w].length; d++) {
      totals[d] = totals[d] + sales[w][d];
    }
  }
  return totals;
}
