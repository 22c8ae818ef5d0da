// Compares the address objects as a whole and reports "address" instead of the fields.
const FIELDS = ["name", "phone", "email"];
const ADDRESS_FIELDS = ["street", "city", "postalCode"];

export function applyUpdate(profile, changes) {
  const updated = { ...profile, address: { ...profile.address } };
  for (const field of FIELDS) {
    if (Object.hasOwn(changes, field)) {
      updated[field] = changes[field];
    }
  }
  if (Object.hasOwn(changes, "address")) {
    for (const field of ADDRESS_FIELDS) {
      if (Object.hasOwn(changes.address, field)) {
        updated.address[field] = changes.address[field];
      }
    }
  }
  return updated;
}

export function changedFields(before, after) {
  const changed = [];
  for (const field of FIELDS) {
    if (before[field] !== after[field]) {
      changed.push(field);
    }
  }
  if (before.address !== after.address) {
    changed.push("address");
  }
  return changed;
}
