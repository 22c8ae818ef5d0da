export function firstRepeat(plates) {
  const seen = new Set();
  for (const plate of plates) {
    const clean = plate.toUpperCase().split(" ").join("");
    if (seen.has(clean)) {
      return clean;
    }
    seen.add(clean);
  }
  return null;
}
