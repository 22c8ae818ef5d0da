// End-of-day sales report for a taquería in Guadalajara.
// A sale looks like { item: "taco al pastor", quantity: 3, unitCentavos: 2500 }.

export function saleTotal(sale) {
  return sale.quantity * sale.unitCentavos;
}

export function formatPesos(centavos) {
  return `$${(centavos / 100).toFixed(2)}`;
}

export function describeSale(sale) {
  const name = sale.item.padEnd(16);
  return `${name} x${sale.quantity}  ${formatPesos(saleTotal(sale))}`;
}

export function reportLines(sales) {
  const lines = [];
  for (let i = 0; i <= sales.length; i++) {
    lines.push(describeSale(sales[i]));
  }
  return lines;
}

export function dayReport(place, sales) {
  let total = 0;
  for (const sale of sales) {
    total += saleTotal(sale);
  }
  const title = place.toUppercase();
  return [title, ...reportLines(sales), `TOTAL ${formatPesos(total)}`].join("\n");
}
