// Wrong approach: returns the lowercased character instead of the character as it is written.
export function firstUnique(text) {
  const lower = text.toLowerCase();
  const counts = new Map();
  for (const char of lower) {
    if (char !== " ") counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  for (const char of lower) {
    if (char !== " " && counts.get(char) === 1) return char;
  }
  return null;
}
