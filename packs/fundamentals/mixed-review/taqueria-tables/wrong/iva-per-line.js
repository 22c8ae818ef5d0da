// Wrong approach: rounds the IVA of every order line and adds them up, instead of computing it once from the table's total.
export function billsByTable(orders) {
  const bills = new Map();
  for (const { table, item, qty, priceCentavos } of orders) {
    if (!Number.isInteger(qty) || qty < 1) {
      throw new RangeError(`Invalid quantity for ${item} at table ${table}`);
    }
    if (!bills.has(table)) {
      bills.set(table, { table, items: Object.create(null), totalCentavos: 0, ivaCentavos: 0 });
    }
    const bill = bills.get(table);
    const line = qty * priceCentavos;
    bill.items[item] = (bill.items[item] ?? 0) + qty;
    bill.totalCentavos += line;
    bill.ivaCentavos += line - Math.round((line * 100) / 116);
  }
  return [...bills.values()].sort((a, b) => a.table - b.table);
}
