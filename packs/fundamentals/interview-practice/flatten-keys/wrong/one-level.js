// Wrong approach: opens only one level of nesting instead of recursing, so deeper objects stay nested.
export function flattenKeys(settings) {
  const flat = {};
  for (const [key, value] of Object.entries(settings)) {
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value)) {
        flat[`${key}.${inner}`] = innerValue;
      }
    } else {
      flat[key] = value;
    }
  }
  return flat;
}
