// sale: { id: 1, total: 45000, customer: { name: "Ana", address: { city: "Puebla" } } }
// Some customers bought in the store and have no address at all.

// The city of a sale, or "No address" when there is none.
export function cityOf(sale) {
  return sale.customer?.address?.city ?? "No address";
}

// { Puebla: [sale, sale], "No address": [sale] }
export function groupByCity(sales) {
  const groups = {};
  for (const sale of sales) {
    const city = cityOf(sale);
    if (!Object.hasOwn(groups, city)) {
      groups[city] = [];
    }
    groups[city].push(sale);
  }
  return groups;
}

// { Puebla: 90000, "No address": 12000 } (centavos)
export function totalsByCity(sales) {
  const groups = groupByCity(sales);
  const totals = {};
  for (const [city, list] of Object.entries(groups)) {
    totals[city] = list.reduce((sum, sale) => sum + sale.total, 0);
  }
  return totals;
}
