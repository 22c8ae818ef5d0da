// Wrong approach: only refuses negative amounts, so zero, decimals and text slip through.
export function reconcile(invoices, deposits) {
  const received = new Map(invoices.map((invoice) => [invoice.id, 0]));
  const unknown = [];
  deposits.forEach((deposit, index) => {
    if (deposit.centavos < 0) throw new RangeError(`Deposit ${index + 1} has an invalid amount`);
    const reference = deposit.reference.trim().toUpperCase();
    if (received.has(reference)) received.set(reference, received.get(reference) + deposit.centavos);
    else unknown.push({ reference, centavos: deposit.centavos });
  });
  const paid = [];
  const partial = [];
  const unpaid = [];
  for (const invoice of invoices) {
    const got = received.get(invoice.id);
    if (got >= invoice.totalCentavos) paid.push(invoice.id);
    else if (got > 0) partial.push({ id: invoice.id, missingCentavos: invoice.totalCentavos - got });
    else unpaid.push(invoice.id);
  }
  return { paid, partial, unpaid, unknown };
}
