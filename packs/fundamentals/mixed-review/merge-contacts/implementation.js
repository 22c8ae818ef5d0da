// Merges the contacts of the old CRM with the new one, one contact per phone number.
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
  return [...byPhone.values()].sort((a, b) => a.name.localeCompare(b.name));
}
