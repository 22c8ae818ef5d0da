// Wrong approach: multiplies in a loop instead of recursion.
export function power(base, exponent) {
  let result = 1;
  for (let i = 0; i < exponent; i++) {
    result *= base;
  }
  return result;
}
