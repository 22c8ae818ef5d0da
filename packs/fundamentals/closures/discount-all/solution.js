export function discountAll(prices, percent) {
  function applyDiscount(price) {
    const discounted = price - (price * percent) / 100;
    return Math.round(discounted * 100) / 100;
  }
  return prices.map(applyDiscount);
}
