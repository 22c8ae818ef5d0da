// Wrong approach: jumps start to one past the character's last position even when that is before the window, so start moves backwards ("abba").
export function longestUnique(text) {
  const lastSeen = new Map();
  let start = 0;
  let bestStart = 0;
  let bestLength = 0;
  for (let end = 0; end < text.length; end++) {
    const char = text[end];
    if (lastSeen.has(char)) start = lastSeen.get(char) + 1;
    lastSeen.set(char, end);
    if (end - start + 1 > bestLength) {
      bestStart = start;
      bestLength = end - start + 1;
    }
  }
  return text.slice(bestStart, bestStart + bestLength);
}
