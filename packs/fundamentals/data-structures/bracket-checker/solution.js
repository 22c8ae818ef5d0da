const OPENER_FOR = { ")": "(", "]": "[", "}": "{" };

export function findBracketError(text) {
  const open = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "(" || char === "[" || char === "{") {
      open.push(i);
    } else if (Object.hasOwn(OPENER_FOR, char)) {
      if (open.length === 0 || text[open[open.length - 1]] !== OPENER_FOR[char]) {
        return i;
      }
      open.pop();
    }
  }
  if (open.length > 0) {
    return open[0];
  }
  return -1;
}
