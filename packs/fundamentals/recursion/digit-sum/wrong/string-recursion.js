// Wrong approach: recursive, but turns the number into text and slices off characters.
export function digitSum(n) {
  const text = String(Math.abs(n));
  if (text.length === 1) {
    return Number(text);
  }
  return Number(text[0]) + digitSum(Number(text.slice(1)));
}
