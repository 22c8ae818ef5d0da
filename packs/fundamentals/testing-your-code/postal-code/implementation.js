export function isValidPostalCode(code) {
  return typeof code === "string" && /^[0-9]{5}$/.test(code);
}
