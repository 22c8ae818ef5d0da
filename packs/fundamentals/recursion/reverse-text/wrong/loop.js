// Wrong approach: builds the reversed text in a loop instead of recursion.
export function reverseText(text) {
  let reversed = "";
  for (const char of text) {
    reversed = char + reversed;
  }
  return reversed;
}
