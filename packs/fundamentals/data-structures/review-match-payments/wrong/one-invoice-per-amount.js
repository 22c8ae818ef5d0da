// Keeps only one invoice per amount in the Map, so a second invoice with the same amount is lost.
export function matchPayments(invoices, payments) {
  const byAmount = new Map();
  for (const invoice of invoices) {
    if (!byAmount.has(invoice.centavos)) {
      byAmount.set(invoice.centavos, invoice.folio);
    }
  }
  const matched = [];
  const unmatched = [];
  const paid = new Set();
  for (const payment of payments) {
    const folio = byAmount.get(payment.centavos);
    if (folio === undefined) {
      unmatched.push(payment.ref);
      continue;
    }
    byAmount.delete(payment.centavos);
    paid.add(folio);
    matched.push({ ref: payment.ref, folio });
  }
  const open = invoices.filter((invoice) => !paid.has(invoice.folio)).map((invoice) => invoice.folio);
  return { matched, unmatched, open };
}
