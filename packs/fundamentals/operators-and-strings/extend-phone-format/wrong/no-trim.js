// Wrong approach: removes the country code but forgets the spaces around the number.
export function formatPhone(digits) {
  const clean = digits.replace("+52", "");
  return clean.slice(0, 2) + " " + clean.slice(2, 6) + " " + clean.slice(6);
}

export function internationalPhone(digits) {
  return "+52 " + formatPhone(digits);
}
