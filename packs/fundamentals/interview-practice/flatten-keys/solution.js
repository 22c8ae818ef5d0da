function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function flattenKeys(settings) {
  const flat = {};

  function walk(object, prefix) {
    for (const [key, value] of Object.entries(object)) {
      const path = prefix === "" ? key : `${prefix}.${key}`;
      if (isPlainObject(value)) {
        walk(value, path);
      } else {
        flat[path] = value;
      }
    }
  }

  walk(settings, "");
  return flat;
}
