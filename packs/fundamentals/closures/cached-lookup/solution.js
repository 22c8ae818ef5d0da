export function makeCached(lookup) {
  const saved = {};
  return (key) => {
    if (!saved.hasOwnProperty(key)) {
      saved[key] = lookup(key);
    }
    return saved[key];
  };
}
