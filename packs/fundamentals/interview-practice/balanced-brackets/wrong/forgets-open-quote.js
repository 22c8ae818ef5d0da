// Wrong approach: skips quoted text but forgets to check, at the end, that the last quoted string was closed.
export function isBalanced(code) {
  const partner = { ")": "(", "]": "[", "}": "{" };
  const open = [];
  let inQuotes = false;
  for (const char of code) {
    if (char === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (char === "(" || char === "[" || char === "{") open.push(char);
    else if (Object.hasOwn(partner, char) && open.pop() !== partner[char]) return false;
  }
  return open.length === 0;
}
