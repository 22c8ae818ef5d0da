export function memoize(fn) {
  const cache = {};
  return function (...args) {
    const key = args[0];
    if (!Object.hasOwn(cache, key)) {
      cache[key] = fn.apply(this, args);
    }
    return cache[key];
  };
}
