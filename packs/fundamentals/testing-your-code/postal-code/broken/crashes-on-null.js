// throws a TypeError for null or undefined instead of returning false
export function isValidPostalCode(code) {
  return code.length === 5 && /^[0-9]{5}$/.test(code);
}
