// Wrong: treats the minus sign as a digit, so "-250000" becomes "-,250,000".
export function withCommas(digits) {
  if (digits.length <= 3) {
    return digits;
  }
  return withCommas(digits.slice(0, -3)) + "," + digits.slice(-3);
}
