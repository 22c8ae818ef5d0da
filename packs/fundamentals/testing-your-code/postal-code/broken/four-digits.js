// also accepts codes of four digits
export function isValidPostalCode(code) {
  return typeof code === "string" && /^[0-9]{4,5}$/.test(code);
}
