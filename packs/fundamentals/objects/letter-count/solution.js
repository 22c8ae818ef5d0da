export function countLetters(text) {
  const counts = {};
  for (const char of text.toLowerCase()) {
    if (char !== ' ') {
      if (Object.hasOwn(counts, char)) {
        counts[char] = counts[char] + 1;
      } else {
        counts[char] = 1;
      }
    }
  }
  return counts;
}
