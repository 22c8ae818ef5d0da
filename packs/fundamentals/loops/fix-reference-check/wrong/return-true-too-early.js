// Wrong fix: decides after the first character, returning true inside the loop.
export function isAllDigits(text) {
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char < "0" || char > "9") {
      return false;
    } else {
      return true;
    }
  }
  return true;
}

export function digitSum(text) {
  let sum = 0;
  for (const char of text) {
    sum += Number(char);
  }
  return sum;
}

export function isValidReference(text) {
  if (text.length !== 8) {
    return false;
  }
  if (!isAllDigits(text)) {
    return false;
  }
  return digitSum(text) % 10 === 0;
}
