// Wrong fix: takes 9 off, but still doubles every second digit counting from the first one,
// which only works when the number has an even count of digits.
// "4111 1111-1111" → [4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
// Spaces and dashes are skipped; any other character becomes NaN.
export function cardDigits(text) {
  const digits = [];
  for (const char of text) {
    if (char === " " || char === "-") {
      continue;
    }
    digits.push(Number(char));
  }
  return digits;
}

// The Luhn sum: starting from the LAST digit and moving left, every second
// digit is doubled, and 9 is taken off any doubled digit above 9.
export function luhnSum(digits) {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits[i];
    if (i % 2 === 0) {
      digit = digit * 2;
      if (digit > 9) {
        digit = digit - 9;
      }
    }
    sum += digit;
  }
  return sum;
}

// A card number is valid if it has 13 to 19 digits and its Luhn sum ends in 0.
export function isValidCard(text) {
  const digits = cardDigits(text);
  if (digits.length < 13 || digits.length > 19) {
    return false;
  }
  return luhnSum(digits) % 10 === 0;
}
