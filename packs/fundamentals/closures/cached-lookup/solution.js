export function makeCached(lookup) {
  const saved = {};
  return (key) => {
    if (!Object.hasOwn(saved, key)) {
      saved[key] = lookup(key);
    }
    return saved[key];
  };
}
