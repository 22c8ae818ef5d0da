// Wrong approach: a window that restarts from scratch after each repeat, losing the characters after the repeated one.
export function longestUnique(text) {
  let best = "";
  let current = "";
  for (const char of text) {
    if (current.includes(char)) current = "";
    current += char;
    if (current.length > best.length) best = current;
  }
  return best;
}
