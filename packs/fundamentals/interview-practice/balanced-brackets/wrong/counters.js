// Wrong approach: counts open brackets of each kind instead of using a stack, so it can't see "([)]" is wrongly nested.
export function isBalanced(code) {
  const counts = { "(": 0, "[": 0, "{": 0 };
  const partner = { ")": "(", "]": "[", "}": "{" };
  let inQuotes = false;
  for (const char of code) {
    if (char === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (Object.hasOwn(counts, char)) counts[char]++;
    else if (Object.hasOwn(partner, char)) {
      counts[partner[char]]--;
      if (counts[partner[char]] < 0) return false;
    }
  }
  return !inQuotes && Object.values(counts).every((n) => n === 0);
}
