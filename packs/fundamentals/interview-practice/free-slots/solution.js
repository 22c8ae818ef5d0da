export function freeSlots(busy, open, close, minLength) {
  const sorted = [...busy].sort((a, b) => a[0] - b[0]);
  const slots = [];
  let freeFrom = open;
  for (const [start, end] of sorted) {
    const gapEnd = Math.min(start, close);
    if (gapEnd - freeFrom >= minLength && gapEnd > freeFrom) {
      slots.push([freeFrom, gapEnd]);
    }
    freeFrom = Math.max(freeFrom, end);
  }
  if (close - freeFrom >= minLength && close > freeFrom) {
    slots.push([freeFrom, close]);
  }
  return slots;
}
