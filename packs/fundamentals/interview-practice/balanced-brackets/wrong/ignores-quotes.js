// Wrong approach: solves the classic version and treats brackets inside quotes like any other bracket.
export function isBalanced(code) {
  const partner = { ")": "(", "]": "[", "}": "{" };
  const open = [];
  for (const char of code) {
    if (char === "(" || char === "[" || char === "{") open.push(char);
    else if (Object.hasOwn(partner, char) && open.pop() !== partner[char]) return false;
  }
  return open.length === 0;
}
