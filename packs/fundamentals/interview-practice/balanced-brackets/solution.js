const PARTNER = { ")": "(", "]": "[", "}": "{" };

export function isBalanced(code) {
  const open = [];
  let inQuotes = false;

  for (const char of code) {
    if (char === '"') {
      inQuotes = !inQuotes;
    } else if (inQuotes) {
      continue;
    } else if (char === "(" || char === "[" || char === "{") {
      open.push(char);
    } else if (Object.hasOwn(PARTNER, char)) {
      if (open.pop() !== PARTNER[char]) {
        return false;
      }
    }
  }

  return open.length === 0 && !inQuotes;
}
