// Rounds the milliliters to the nearest one, so the pump can give a little more than was paid.
export function formatPesos(cents) {
  const pesos = Math.floor(cents / 100);
  const centavos = String(cents % 100).padStart(2, "0");
  return `$${pesos}.${centavos}`;
}

export function formatLiters(milliliters) {
  const liters = Math.floor(milliliters / 1000);
  const rest = String(milliliters % 1000).padStart(3, "0");
  return `${liters}.${rest}`;
}

export function fuelTicket(amountText, priceCents) {
  const amountCents = Math.round(Number(amountText) * 100);
  const milliliters = Math.round((amountCents * 1000) / priceCents);
  return `${formatPesos(amountCents)} = ${formatLiters(milliliters)} L at ${formatPesos(priceCents)}/L`;
}
