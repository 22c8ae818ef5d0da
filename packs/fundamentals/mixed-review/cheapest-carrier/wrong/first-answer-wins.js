// Wrong approach: collects the quotes in the order they arrive, so with equal prices the fastest carrier wins and the reasons come out of order.
export class NoQuoteError extends Error {
  constructor(reasons) {
    super(`No carrier could quote: ${reasons.map((r) => `${r.carrier} (${r.reason})`).join(", ")}`);
    this.name = "NoQuoteError";
    this.reasons = reasons;
  }
}
function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), ms))]);
}
export async function cheapestQuote(carriers, parcel, timeoutMs) {
  if (typeof parcel.kilos !== "number" || !(parcel.kilos > 0)) {
    throw new RangeError("Kilos must be a number greater than 0");
  }
  let best = null;
  const reasons = [];
  await Promise.all(carriers.map(async (carrier) => {
    try {
      const centavos = await withTimeout(carrier.quote(parcel), timeoutMs);
      if (!Number.isInteger(centavos) || centavos <= 0) reasons.push({ carrier: carrier.name, reason: "invalid quote" });
      else if (best === null || centavos < best.centavos) best = { carrier: carrier.name, centavos };
    } catch (error) {
      reasons.push({ carrier: carrier.name, reason: error.message });
    }
  }));
  if (best === null) throw new NoQuoteError(reasons);
  return { ...best, withIvaCentavos: Math.round(best.centavos * 1.16) };
}
