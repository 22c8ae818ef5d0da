// Wrong approach: multiplies by (1 + rate / 100) and rounds the total, which rounds some exact halves down.
export function addTax(prices, rate) {
  return prices.map((price) => Math.round(price * (1 + rate / 100)));
}
