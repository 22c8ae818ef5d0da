// Wrong fix: `const copy = sale` is the same object under another name,
// so the original sales still get the IVA written into them.
export function totalSales(sales) {
  return sales.reduce((sum, sale) => sum + sale.amount, 0);
}

export function topAmounts(sales, count) {
  return sales
    .map((sale) => sale.amount)
    .sort((a, b) => b - a)
    .slice(0, count);
}

export function withIva(sales) {
  return sales.map((sale) => {
    const copy = sale;
    copy.amount = Math.round(copy.amount * 1.16);
    return copy;
  });
}
