// Wrong approach: recursive, but first builds a cleaned-up copy with split and join.
function check(clean) {
  if (clean.length <= 1) {
    return true;
  }
  return clean[0] === clean[clean.length - 1] && check(clean.slice(1, -1));
}

export function isPalindrome(text) {
  if (text.includes(" ")) {
    return isPalindrome(text.split(" ").join(""));
  }
  return check(text.toLowerCase());
}
