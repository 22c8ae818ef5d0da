// Wrong approach: multiplies each price by 100 without rounding, so fractions of a centavo creep in.
export function sumPrices(note) {
  const prices = note.match(/\$\d+\.?\d*/g) || [];
  let totalCents = 0;
  for (const price of prices) {
    totalCents += Number(price.slice(1)) * 100;
  }
  return totalCents;
}
