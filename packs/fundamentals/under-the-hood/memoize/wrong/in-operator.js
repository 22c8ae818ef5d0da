// Wrong approach: asks "key in cache", which also finds what every object inherits, like toString.
export function memoize(fn) {
  const cache = {};
  return function (...args) {
    const key = args[0];
    if (!(key in cache)) {
      cache[key] = fn.apply(this, args);
    }
    return cache[key];
  };
}
