// Wrong: keeps the quantity as text and does not squeeze the spaces inside names.
export function parseOrder(message) {
  const items = [];
  const unreadable = [];
  for (const rawLine of message.split("\n")) {
    const line = rawLine.trim();
    if (line === "") {
      continue;
    }
    if (!/^\d+\s*x\s*\S/i.test(line) || /^0+\s*x/i.test(line)) {
      unreadable.push(line);
      continue;
    }
    const qty = line.match(/^\d+/)[0];
    const name = line.slice(qty.length).trim().slice(1).trim().toLowerCase();
    const existing = items.find((item) => item.name === name);
    if (existing === undefined) {
      items.push({ qty, name });
    } else {
      existing.qty += qty;
    }
  }
  return { items, unreadable };
}
