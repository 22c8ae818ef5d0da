// Searches the whole invoice list for every payment: correct, but O(n²), too slow for a month.
export function matchPayments(invoices, payments) {
  const paid = [];
  const matched = [];
  const unmatched = [];
  for (const payment of payments) {
    const invoice = invoices.find((i) => i.centavos === payment.centavos && !paid.includes(i.folio));
    if (invoice === undefined) {
      unmatched.push(payment.ref);
    } else {
      paid.push(invoice.folio);
      matched.push({ ref: payment.ref, folio: invoice.folio });
    }
  }
  const open = invoices.filter((i) => !paid.includes(i.folio)).map((i) => i.folio);
  return { matched, unmatched, open };
}
