// Wrong approach: reads only the digits before the dot, so every price loses its centavos.
export function sumPrices(note) {
  const prices = note.match(/\$\d+/g) || [];
  let totalCents = 0;
  for (const price of prices) {
    totalCents += Number(price.slice(1)) * 100;
  }
  return totalCents;
}
