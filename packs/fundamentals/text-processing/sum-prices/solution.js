export function sumPrices(note) {
  const prices = note.match(/\$\d+\.?\d*/g) || [];
  let totalCents = 0;
  for (const price of prices) {
    totalCents += Math.round(Number(price.slice(1)) * 100);
  }
  return totalCents;
}
