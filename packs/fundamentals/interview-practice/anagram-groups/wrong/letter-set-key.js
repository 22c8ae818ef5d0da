// Wrong approach: the key is the set of distinct letters, so words with the same letters in different amounts ("ala", "la") are grouped.
export function groupAnagrams(words) {
  const groups = new Map();
  for (const word of words) {
    const key = [...new Set(word.toLowerCase())].sort().join("");
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(word);
  }
  return [...groups.values()];
}
