// Uses the list of each amount as a stack (pop), so the newest invoice is paid first.
export function matchPayments(invoices, payments) {
  const openByAmount = new Map();
  for (const invoice of invoices) {
    if (!openByAmount.has(invoice.centavos)) {
      openByAmount.set(invoice.centavos, []);
    }
    openByAmount.get(invoice.centavos).push(invoice.folio);
  }
  const matched = [];
  const unmatched = [];
  const paid = new Set();
  for (const payment of payments) {
    const waiting = openByAmount.get(payment.centavos);
    if (waiting === undefined || waiting.length === 0) {
      unmatched.push(payment.ref);
      continue;
    }
    const folio = waiting.pop();
    paid.add(folio);
    matched.push({ ref: payment.ref, folio });
  }
  const open = invoices.filter((invoice) => !paid.has(invoice.folio)).map((invoice) => invoice.folio);
  return { matched, unmatched, open };
}
