// Formats an amount of centavos as pesos: 12950 → "$129.50".
export function formatMoney(centavos) {
  const pesos = Math.floor(centavos / 100);
  const cents = String(centavos % 100).padStart(2, "0");
  return `$${pesos}.${cents}`;
}
