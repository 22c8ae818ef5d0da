// Wrong approach: builds the result with a loop instead of recursion.
export function withCommas(digits) {
  let sign = "";
  if (digits[0] === "-") {
    sign = "-";
    digits = digits.slice(1);
  }
  let result = "";
  for (let i = 0; i < digits.length; i++) {
    const fromEnd = digits.length - i;
    result += digits[i];
    if (fromEnd > 1 && fromEnd % 3 === 1) {
      result += ",";
    }
  }
  return sign + result;
}
