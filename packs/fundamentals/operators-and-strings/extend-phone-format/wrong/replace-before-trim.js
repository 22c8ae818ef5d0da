// Wrong approach: removes "+52" only after slicing, so the groups are cut in the wrong places.
export function formatPhone(digits) {
  const clean = digits.trim();
  const formatted = clean.slice(0, 2) + " " + clean.slice(2, 6) + " " + clean.slice(6);
  return formatted.replace("+52", "");
}

export function internationalPhone(digits) {
  return "+52 " + formatPhone(digits);
}
