export async function chargeAll(charges, gateway) {
  const valid = charges.filter((c) => Number.isInteger(c.centavos) && c.centavos >= 1);
  const results = await Promise.allSettled(valid.map((c) => gateway.charge(c)));

  const outcomes = new Map();
  valid.forEach((charge, i) => outcomes.set(charge, results[i]));

  const summary = { chargedCentavos: 0, receipts: [], failed: [] };
  for (const charge of charges) {
    const result = outcomes.get(charge);
    if (!result) {
      summary.failed.push({ id: charge.id, reason: "Invalid amount" });
    } else if (result.status === "fulfilled") {
      summary.chargedCentavos += charge.centavos;
      summary.receipts.push(result.value);
    } else {
      summary.failed.push({ id: charge.id, reason: result.reason.message });
    }
  }
  return summary;
}
