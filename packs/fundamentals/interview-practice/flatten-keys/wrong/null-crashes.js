// Wrong approach: checks only typeof === "object", so a null value is opened and Object.entries(null) throws.
export function flattenKeys(settings) {
  const flat = {};
  function walk(object, prefix) {
    for (const [key, value] of Object.entries(object)) {
      const path = prefix === "" ? key : `${prefix}.${key}`;
      if (typeof value === "object" && !Array.isArray(value)) walk(value, path);
      else flat[path] = value;
    }
  }
  walk(settings, "");
  return flat;
}
