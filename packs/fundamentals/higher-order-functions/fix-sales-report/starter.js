export function totalSales(sales) {
  return sales.reduce((sum, sale) => sum + sale.amount);
}

export function topAmounts(sales, count) {
  return sales
    .map((sale) => sale.amount)
    .sort()
    .slice(0, count);
}

export function withIva(sales) {
  return sales.map((sale) => {
    sale.amount = Math.round(sale.amount * 1.16);
    return sale;
  });
}
