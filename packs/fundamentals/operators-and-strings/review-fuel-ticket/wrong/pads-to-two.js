// Pads the milliliters to two digits, as for centavos, so 42 ml shows as "0.42".
export function formatPesos(cents) {
  const pesos = Math.floor(cents / 100);
  const centavos = String(cents % 100).padStart(2, "0");
  return `$${pesos}.${centavos}`;
}

export function formatLiters(milliliters) {
  const liters = Math.floor(milliliters / 1000);
  const rest = String(milliliters % 1000).padStart(2, "0");
  return `${liters}.${rest}`;
}

export function fuelTicket(amountText, priceCents) {
  const amountCents = Math.round(Number(amountText) * 100);
  const milliliters = Math.floor((amountCents * 1000) / priceCents);
  return `${formatPesos(amountCents)} = ${formatLiters(milliliters)} L at ${formatPesos(priceCents)}/L`;
}
