// Wrong approach: sorts the bills without a compare function, so table 10 comes before table 2.
export function billsByTable(orders) {
  const bills = [];
  for (const order of orders) {
    const { table, item, qty, priceCentavos } = order;
    if (!Number.isInteger(qty) || qty < 1) {
      throw new RangeError(`Invalid quantity for ${item} at table ${table}`);
    }
    let bill = bills.find((b) => b.table === table);
    if (!bill) {
      bill = { table, items: Object.create(null), totalCentavos: 0, ivaCentavos: 0 };
      bills.push(bill);
    }
    bill.items[item] = (bill.items[item] ?? 0) + qty;
    bill.totalCentavos += qty * priceCentavos;
  }
  for (const bill of bills) {
    bill.ivaCentavos = bill.totalCentavos - Math.round((bill.totalCentavos * 100) / 116);
  }
  return bills.sort((a, b) => (String(a.table) < String(b.table) ? -1 : 1));
}
