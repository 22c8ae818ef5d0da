// Spreads the changes over the profile, so unknown keys get in and a partial address replaces the whole address.
const FIELDS = ["name", "phone", "email"];
const ADDRESS_FIELDS = ["street", "city", "postalCode"];

export function applyUpdate(profile, changes) {
  return { ...profile, ...changes };
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
