export function giftCardPair(items, amount) {
  const firstWithPrice = new Map();
  for (const item of items) {
    const missing = amount - item.price;
    if (firstWithPrice.has(missing)) {
      return [firstWithPrice.get(missing), item.name];
    }
    if (!firstWithPrice.has(item.price)) {
      firstWithPrice.set(item.price, item.name);
    }
  }
  return null;
}
