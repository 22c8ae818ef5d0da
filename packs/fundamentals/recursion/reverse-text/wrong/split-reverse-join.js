// Wrong approach: uses the array method reverse instead of recursion.
export function reverseText(text) {
  return [...text].reverse().join("");
}
