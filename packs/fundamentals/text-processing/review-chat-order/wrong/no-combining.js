// Wrong: adds a second item when a name appears again, and forgets the i flag for "X".
export function parseOrder(message) {
  const items = [];
  const unreadable = [];
  for (const rawLine of message.split("\n")) {
    const line = rawLine.trim();
    if (line === "") {
      continue;
    }
    if (!/^\d+\s*x\s*\S/.test(line)) {
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
    items.push({ qty, name: afterX.trim().replace(/\s+/g, " ").toLowerCase() });
  }
  return { items, unreadable };
}
