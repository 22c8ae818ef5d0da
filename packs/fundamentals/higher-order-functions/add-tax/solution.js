export function addTax(prices, rate) {
  return prices.map((price) => price * (1 + rate / 100));
}
