export function addTax(prices, rate) {
  return prices.map((price) => price + Math.round((price * rate) / 100));
}
