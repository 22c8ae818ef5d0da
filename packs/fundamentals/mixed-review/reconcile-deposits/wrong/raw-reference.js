// Wrong approach: looks the reference up exactly as typed, without trimming or uppercasing it.
export function reconcile(invoices, deposits) {
  const received = new Map(invoices.map((invoice) => [invoice.id, 0]));
  const unknown = [];
  deposits.forEach((deposit, index) => {
    if (!Number.isInteger(deposit.centavos) || deposit.centavos <= 0) {
      throw new RangeError(`Deposit ${index + 1} has an invalid amount`);
    }
    if (received.has(deposit.reference)) {
      received.set(deposit.reference, received.get(deposit.reference) + deposit.centavos);
    } else {
      unknown.push({ reference: deposit.reference, centavos: deposit.centavos });
    }
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
