// accepts postal codes given as numbers instead of text
export function isValidPostalCode(code) {
  return /^[0-9]{5}$/.test(String(code));
}
