// adds the new contacts to the caller's old list with push
function normalizePhone(phone) {
  let digits = phone.replace(/\D/g, "");
  if (digits.length === 12 && digits.startsWith("52")) digits = digits.slice(2);
  return digits.length === 10 ? digits : null;
}
export function mergeContacts(oldList, newList) {
  oldList.push(...newList);
  const byPhone = new Map();
  for (const contact of oldList) {
    const phone = normalizePhone(contact.phone);
    if (phone === null) continue;
    byPhone.set(phone, { name: contact.name.trim(), phone });
  }
  return [...byPhone.values()].sort((a, b) => a.name.localeCompare(b.name));
}
