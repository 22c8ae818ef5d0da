export function power(base, exponent) {
  // Your code here
}
