// Wrong approach: adds up each row (each week) instead of each column (each day of the week).
export function dailyTotals(sales) {
  const totals = [];
  for (const week of sales) {
    let total = 0;
    for (const amount of week) {
      total = total + amount;
    }
    totals.push(total);
  }
  return totals;
}
