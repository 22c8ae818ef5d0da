// Wrong fix: skips blank lines but not lines with the wrong number of fields.
export function parseContacts(csv) {
  const contacts = [];
  const lines = csv.split("\n");
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "" || line.split(",").length < 3) {
      continue;
    }
    const fields = line.split(",");
    contacts.push({
      name: fields[0].trim(),
      email: fields[1].trim().toLowerCase(),
      phone: fields[2].replace(/[^0-9]/g, ""),
    });
  }
  return contacts;
}

export function findByEmail(contacts, email) {
  const wanted = email.trim().toLowerCase();
  const found = contacts.find((contact) => contact.email === wanted);
  return found === undefined ? null : found;
}
