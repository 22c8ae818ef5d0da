export function checkDigit(first12) {
  let sum = 0;
  for (let i = 0; i <= first12.length; i++) {
    const digit = Number(first12[i]);
    if (i % 2 === 0) {
      sum += digit * 3;
    } else {
      sum += digit;
    }
  }
  return 10 - (sum % 10);
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
