// Wrong approach: counts the items in a plain `{}`, so an item named like a built-in
// ("constructor", "toString") starts from the inherited function instead of 0.
export function billsByTable(orders) {
  const bills = {};

  for (const order of orders) {
    const { table, item, qty, priceCentavos } = order;
    if (!Number.isInteger(qty) || qty < 1) {
      throw new RangeError(`Invalid quantity for ${item} at table ${table}`);
    }
    if (!bills[table]) {
      bills[table] = { table, items: {}, totalCentavos: 0, ivaCentavos: 0 };
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
