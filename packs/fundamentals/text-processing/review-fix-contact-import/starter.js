export function parseContacts(csv) {
  const contacts = [];
  const lines = csv.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") {
      continue;
    }
    const fields = line.split(",");
    contacts.push({
      name: fields[0].trim(),
      email: fields[1].toLowerCase(),
      phone: fields[2].replace(/[^0-9]/, ""),
    });
  }
  return contacts;
}

export function findByEmail(contacts, email) {
  return contacts.find((contact) => contact.email === email);
}
