// Wrong approach: waits for every carrier however long it takes, so one slow API holds up the label.
export class NoQuoteError extends Error {
  constructor(reasons) {
    super(`No carrier could quote: ${reasons.map((r) => `${r.carrier} (${r.reason})`).join(", ")}`);
    this.name = "NoQuoteError";
    this.reasons = reasons;
  }
}
export async function cheapestQuote(carriers, parcel, timeoutMs) {
  if (typeof parcel.kilos !== "number" || !(parcel.kilos > 0)) {
    throw new RangeError("Kilos must be a number greater than 0");
  }
  const results = await Promise.allSettled(carriers.map((c) => c.quote(parcel)));
  let best = null;
  const reasons = [];
  results.forEach((result, i) => {
    const name = carriers[i].name;
    if (result.status === "rejected") reasons.push({ carrier: name, reason: result.reason.message });
    else if (!Number.isInteger(result.value) || result.value <= 0) reasons.push({ carrier: name, reason: "invalid quote" });
    else if (best === null || result.value < best.centavos) best = { carrier: name, centavos: result.value };
  });
  if (best === null) throw new NoQuoteError(reasons);
  return { ...best, withIvaCentavos: Math.round(best.centavos * 1.16) };
}
