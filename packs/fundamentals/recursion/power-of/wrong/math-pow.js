// Wrong approach: uses Math.pow instead of building the power.
export function power(base, exponent) {
  return Math.pow(base, exponent);
}
