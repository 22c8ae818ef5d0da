export function formatPhone(digits) {
  const clean = digits.trim().replace("+52", "");
  return clean.slice(0, 2) + " " + clean.slice(2, 6) + " " + clean.slice(6);
}

export function internationalPhone(digits) {
  return "+52 " + formatPhone(digits);
}
