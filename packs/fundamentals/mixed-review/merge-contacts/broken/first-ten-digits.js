// keeps the first 10 digits, so a phone written with +52 loses its last two digits
export function mergeContacts(oldList, newList) {
  const byPhone = new Map();
  for (const contact of [...oldList, ...newList]) {
    const digits = contact.phone.replace(/\D/g, "");
    if (digits.length < 10) continue;
    const phone = digits.slice(0, 10);
    byPhone.set(phone, { name: contact.name.trim(), phone });
  }
  return [...byPhone.values()].sort((a, b) => a.name.localeCompare(b.name));
}
