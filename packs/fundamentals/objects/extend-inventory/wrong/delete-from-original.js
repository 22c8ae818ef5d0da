// Wrong approach: changes and deletes on the object it received instead of on a copy.
function cleanName(item) {
  return item.trim().toLowerCase();
}

export function restock(stock, item, quantity) {
  const name = cleanName(item);
  const updated = { ...stock };
  if (Object.hasOwn(updated, name)) {
    updated[name] = updated[name] + quantity;
  } else {
    updated[name] = quantity;
  }
  return updated;
}

export function lowStock(stock, limit) {
  const low = [];
  for (const item in stock) {
    if (stock[item] < limit) {
      low.push(item);
    }
  }
  return low;
}

export function sell(stock, item, quantity) {
  const name = cleanName(item);
  if (!Object.hasOwn(stock, name) || stock[name] < quantity) {
    return null;
  }
  stock[name] = stock[name] - quantity;
  if (stock[name] === 0) {
    delete stock[name];
  }
  return stock;
}
