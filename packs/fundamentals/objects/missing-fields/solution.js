export function missingFields(form, required) {
  const missing = [];
  for (const field of required) {
    if (!Object.hasOwn(form, field)) {
      missing.push(field);
    }
  }
  return missing;
}
