// keeps contacts whose phone does not have 10 digits
export function mergeContacts(oldList, newList) {
  const byPhone = new Map();
  for (const contact of [...oldList, ...newList]) {
    let phone = contact.phone.replace(/\D/g, "");
    if (phone.length === 12 && phone.startsWith("52")) phone = phone.slice(2);
    byPhone.set(phone, { name: contact.name.trim(), phone });
  }
  return [...byPhone.values()].sort((a, b) => a.name.localeCompare(b.name));
}
