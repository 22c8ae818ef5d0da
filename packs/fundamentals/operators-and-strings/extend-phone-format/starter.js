export function formatPhone(digits) {
  return digits.slice(0, 2) + " " + digits.slice(2, 6) + " " + digits.slice(6);
}

export function internationalPhone(digits) {
  // Your code here
}
