// Wrong approach: uses Promise.all, so one declined card rejects the whole batch.
export async function chargeAll(charges, gateway) {
  const valid = charges.filter((c) => Number.isInteger(c.centavos) && c.centavos >= 1);
  const receipts = await Promise.all(valid.map((c) => gateway.charge(c)));
  return {
    chargedCentavos: valid.reduce((sum, c) => sum + c.centavos, 0),
    receipts,
    failed: charges
      .filter((c) => !valid.includes(c))
      .map((c) => ({ id: c.id, reason: "Invalid amount" })),
  };
}
