// compares the phones as typed, so "55 1234 5678" and "+52 55 1234 5678" stay two contacts
export function mergeContacts(oldList, newList) {
  const byPhone = new Map();
  for (const contact of [...oldList, ...newList]) {
    const digits = contact.phone.replace(/\D/g, "");
    const phone = digits.length === 12 && digits.startsWith("52") ? digits.slice(2) : digits;
    if (phone.length !== 10) continue;
    byPhone.set(contact.phone, { name: contact.name.trim(), phone });
  }
  return [...byPhone.values()].sort((a, b) => a.name.localeCompare(b.name));
}
