// Wrong fix: fixes the crash and the header, but the phone pattern still has no g flag, and
// findByEmail still gives undefined when nothing matches.
export function parseContacts(csv) {
  const contacts = [];
  const lines = csv.split("\n");
  for (let i = 1; i < lines.length; i++) {
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
      phone: fields[2].replace(/[^0-9]/, ""),
    });
  }
  return contacts;
}

export function findByEmail(contacts, email) {
  return contacts.find((contact) => contact.email === email.trim().toLowerCase());
}
