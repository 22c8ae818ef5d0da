// Wrong approach: awaits each charge before sending the next, so a batch of 200 takes 200 round trips.
export async function chargeAll(charges, gateway) {
  const summary = { chargedCentavos: 0, receipts: [], failed: [] };
  for (const charge of charges) {
    if (!Number.isInteger(charge.centavos) || charge.centavos < 1) {
      summary.failed.push({ id: charge.id, reason: "Invalid amount" });
      continue;
    }
    try {
      summary.receipts.push(await gateway.charge(charge));
      summary.chargedCentavos += charge.centavos;
    } catch (error) {
      summary.failed.push({ id: charge.id, reason: error.message });
    }
  }
  return summary;
}
