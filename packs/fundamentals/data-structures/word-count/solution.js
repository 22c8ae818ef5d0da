export function topWords(text, n) {
  const words = text
    .toLowerCase()
    .split(" ")
    .filter((word) => word !== "");

  const counts = new Map();
  for (const word of words) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }

  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, n);
}
