// Fixes checkDigit but still compares the last character (a string) with a number.
export function checkDigit(first12) {
  let sum = 0;
  for (let i = 0; i < first12.length; i++) {
    const digit = Number(first12[i]);
    if (i % 2 === 0) {
      sum += digit;
    } else {
      sum += digit * 3;
    }
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidBarcode(code) {
  if (code.length !== 13) {
    return false;
  }
  for (const char of code) {
    if (char < "0" || char > "9") {
      return false;
    }
  }
  return code[12] === checkDigit(code.slice(0, 12));
}
