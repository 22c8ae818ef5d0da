export function billsByTable(orders) {
  const bills = {};

  for (const order of orders) {
    const { table, item, qty, priceCentavos } = order;
    if (!Number.isInteger(qty) || qty < 1) {
      throw new RangeError(`Invalid quantity for ${item} at table ${table}`);
    }
    if (!bills[table]) {
      bills[table] = { table, items: Object.create(null), totalCentavos: 0, ivaCentavos: 0 };
    }
    const bill = bills[table];
    bill.items[item] = (bill.items[item] ?? 0) + qty;
    bill.totalCentavos += qty * priceCentavos;
  }

  return Object.values(bills)
    .map((bill) => ({
      ...bill,
      ivaCentavos: bill.totalCentavos - Math.round((bill.totalCentavos * 100) / 116),
    }))
    .sort((a, b) => a.table - b.table);
}
