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
  return sales.map((sale) => ({ ...sale, amount: Math.round(sale.amount * 1.16) }));
}
