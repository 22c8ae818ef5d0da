// Wrong approach: builds a cleaned-up copy without spaces, then compares it with a loop.
export function isPalindrome(text) {
  const clean = text.replaceAll(" ", "").toLowerCase();
  for (let i = 0; i < clean.length / 2; i++) {
    if (clean[i] !== clean[clean.length - 1 - i]) {
      return false;
    }
  }
  return true;
}
