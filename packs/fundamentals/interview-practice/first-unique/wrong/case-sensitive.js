// Wrong approach: counts "A" and "a" as different characters.
export function firstUnique(text) {
  const counts = new Map();
  for (const char of text) {
    if (char !== " ") counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  for (const char of text) {
    if (char !== " " && counts.get(char) === 1) return char;
  }
  return null;
}
