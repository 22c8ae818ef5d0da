// Wrong fix: trims the lines and checks the fields, but still starts at the header line.
export function parseContacts(csv) {
  const contacts = [];
  const lines = csv.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") {
      continue;
    }
    const fields = line.split(",");
    if (fields.length !== 3) {
      continue;
    }
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
