export function emailDomain(email) {
  const clean = email.trim();
  const at = clean.indexOf('@');
  return clean.slice(at + 1).toLowerCase();
}
