// api.getOrder(id) returns a promise of { id, total } (total in centavos).

// The totals of the orders, in the order of the ids.
export async function fetchTotals(ids, api) {
  const totals = [];
  ids.forEach(async (id) => {
    const order = await api.getOrder(id);
    totals.push(order.total);
  });
  return totals;
}

// { orders, sum }: how many orders, and their totals added up, in centavos.
export async function dailyReport(ids, api) {
  const totals = fetchTotals(ids, api);
  const sum = totals.reduce((acc, total) => acc + total, 0);
  return { orders: totals.length, sum };
}
