export function cleanBookingCode(typed) {
  const code = typed.trim().toUpperCase();
  if (/^[A-Z]{3}-\d{4}$/.test(code)) {
    return code;
  }
  return null;
}
