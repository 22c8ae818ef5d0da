// Uses Math.min instead of Math.max, so the fee is never more than 5000.
const FEE_RATE = 0.05;
const MINIMUM_FEE = 5000;

export function toPesos(usdCents, exchangeRate = 18) {
  return Math.round(usdCents * exchangeRate);
}

export function platformFee(mxnCents) {
  return Math.min(Math.round(mxnCents * FEE_RATE), MINIMUM_FEE);
}

export function formatMoney(cents) {
  const whole = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, "0");
  return `$${whole}.${rest}`;
}

export function invoiceLine(client, hours, usdRateCents, exchangeRate = 18) {
  if (hours <= 0) {
    return `Nothing to bill for ${client}`;
  }
  const pesos = toPesos(hours * usdRateCents, exchangeRate);
  const fee = platformFee(pesos);
  const received = pesos - fee;
  return `${client}: ${hours} h, ${formatMoney(pesos)} MXN, fee ${formatMoney(fee)}, you receive ${formatMoney(received)}`;
}
