// Wrong approach: returns the total in pesos rounded to two decimals, not in whole centavos.
export function sumPrices(note) {
  const prices = note.match(/\$\d+\.?\d*/g) || [];
  let total = 0;
  for (const price of prices) {
    total += Number(price.slice(1));
  }
  return Math.round(total * 100) / 100;
}
