// Wrong approach: calls fn with only the first argument and without this.
export function memoize(fn) {
  const cache = {};
  return (key) => {
    if (!Object.hasOwn(cache, key)) {
      cache[key] = fn(key);
    }
    return cache[key];
  };
}
