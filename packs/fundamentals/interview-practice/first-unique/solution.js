export function firstUnique(text) {
  const counts = new Map();
  for (const char of text) {
    if (char === " ") continue;
    const key = char.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const char of text) {
    if (char !== " " && counts.get(char.toLowerCase()) === 1) {
      return char;
    }
  }
  return null;
}
