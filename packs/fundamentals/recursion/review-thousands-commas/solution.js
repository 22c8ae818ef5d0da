export function withCommas(digits) {
  if (digits[0] === "-") {
    return "-" + withCommas(digits.slice(1));
  }
  if (digits.length <= 3) {
    return digits;
  }
  return withCommas(digits.slice(0, -3)) + "," + digits.slice(-3);
}
