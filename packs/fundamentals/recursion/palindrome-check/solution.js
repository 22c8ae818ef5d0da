export function isPalindrome(text) {
  if (text.length <= 1) {
    return true;
  }
  const first = text[0];
  const last = text[text.length - 1];
  if (first === " ") {
    return isPalindrome(text.slice(1));
  }
  if (last === " ") {
    return isPalindrome(text.slice(0, -1));
  }
  if (first.toLowerCase() !== last.toLowerCase()) {
    return false;
  }
  return isPalindrome(text.slice(1, -1));
}
