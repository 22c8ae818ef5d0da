// Wrong approach: lowercases the words themselves, so the groups no longer hold the words as they were written.
export function groupAnagrams(words) {
  const groups = new Map();
  for (const word of words.map((w) => w.toLowerCase())) {
    const key = word.split("").sort().join("");
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(word);
  }
  return [...groups.values()];
}
