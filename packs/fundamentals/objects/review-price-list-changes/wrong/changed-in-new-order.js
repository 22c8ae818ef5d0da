// Lists the changed prices in the order of the new list instead of the old one.
export function priceChanges(oldPrices, newPrices) {
  const added = [];
  const removed = [];
  const changed = [];
  for (const name of Object.keys(newPrices)) {
    if (!Object.hasOwn(oldPrices, name)) {
      added.push(name);
    }
  }
  for (const name of Object.keys(oldPrices)) {
    if (!Object.hasOwn(newPrices, name)) {
      removed.push(name);
    }
  }
  for (const [name, newPrice] of Object.entries(newPrices)) {
    const oldPrice = oldPrices[name];
    if (Object.hasOwn(oldPrices, name) && newPrice !== oldPrice) {
      const difference = newPrice - oldPrice;
      const sign = difference > 0 ? "+" : "";
      changed.push(`${name}: ${oldPrice} → ${newPrice} (${sign}${difference})`);
    }
  }
  return { added, removed, changed };
}
