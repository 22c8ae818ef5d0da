// Wrong approach: adds the tax without rounding, so results have fractions of a centavo.
export function addTax(prices, rate) {
  return prices.map((price) => price * (1 + rate / 100));
}
