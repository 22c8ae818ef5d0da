// Copies the profile with spread but not its address, so the original address changes too.
const FIELDS = ["name", "phone", "email"];
const ADDRESS_FIELDS = ["street", "city", "postalCode"];

export function applyUpdate(profile, changes) {
  const updated = { ...profile };
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
  for (const field of ADDRESS_FIELDS) {
    if (before.address[field] !== after.address[field]) {
      changed.push(`address.${field}`);
    }
  }
  return changed;
}
