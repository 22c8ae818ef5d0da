// Wrong approach: treats arrays as objects to open, so ["centro"] becomes the key "zones.0".
export function flattenKeys(settings) {
  const flat = {};
  function walk(object, prefix) {
    for (const [key, value] of Object.entries(object)) {
      const path = prefix === "" ? key : `${prefix}.${key}`;
      if (typeof value === "object" && value !== null) walk(value, path);
      else flat[path] = value;
    }
  }
  walk(settings, "");
  return flat;
}
