// Wrong: takes groups of three from the left, so "1000" becomes "100,0".
export function withCommas(digits) {
  if (digits[0] === "-") {
    return "-" + withCommas(digits.slice(1));
  }
  if (digits.length <= 3) {
    return digits;
  }
  return digits.slice(0, 3) + "," + withCommas(digits.slice(3));
}
