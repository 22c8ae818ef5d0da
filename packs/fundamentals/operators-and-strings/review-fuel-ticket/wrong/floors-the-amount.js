// Cuts the typed amount down to centavos with Math.floor, so "199.99" becomes 19998 centavos.
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
  const amountCents = Math.floor(Number(amountText) * 100);
  const milliliters = Math.floor((amountCents * 1000) / priceCents);
  return `${formatPesos(amountCents)} = ${formatLiters(milliliters)} L at ${formatPesos(priceCents)}/L`;
}
