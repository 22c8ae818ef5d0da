export function missingFields(form, required) {
  const missing = [];
  for (const field of required) {
    if (!(field in form)) {
      missing.push(field);
    }
  }
  return missing;
}
