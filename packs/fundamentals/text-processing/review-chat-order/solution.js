export function parseOrder(message) {
  const items = [];
  const unreadable = [];
  for (const rawLine of message.split("\n")) {
    const line = rawLine.trim();
    if (line === "") {
      continue;
    }
    if (!/^\d+\s*x\s*\S/i.test(line)) {
      unreadable.push(line);
      continue;
    }
    const digits = line.match(/^\d+/)[0];
    const qty = Number(digits);
    if (qty === 0) {
      unreadable.push(line);
      continue;
    }
    const afterX = line.slice(digits.length).trim().slice(1);
    const name = afterX.trim().replace(/\s+/g, " ").toLowerCase();
    const existing = items.find((item) => item.name === name);
    if (existing === undefined) {
      items.push({ qty, name });
    } else {
      existing.qty += qty;
    }
  }
  return { items, unreadable };
}
