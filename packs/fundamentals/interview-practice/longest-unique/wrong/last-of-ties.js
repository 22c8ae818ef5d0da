// Wrong approach: replaces the best window on equal length too (>= instead of >), so it returns the last of several longest pieces.
export function longestUnique(text) {
  const lastSeen = new Map();
  let start = 0;
  let bestStart = 0;
  let bestLength = 0;
  for (let end = 0; end < text.length; end++) {
    const char = text[end];
    if (lastSeen.has(char) && lastSeen.get(char) >= start) start = lastSeen.get(char) + 1;
    lastSeen.set(char, end);
    if (end - start + 1 >= bestLength) {
      bestStart = start;
      bestLength = end - start + 1;
    }
  }
  return text.slice(bestStart, bestStart + bestLength);
}
