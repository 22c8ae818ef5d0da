// Wrong approach: treats a falsy stored answer as missing, so fn runs again for 0, "", null or undefined.
export function memoize(fn) {
  const cache = {};
  return function (...args) {
    const key = args[0];
    if (!cache[key]) {
      cache[key] = fn.apply(this, args);
    }
    return cache[key];
  };
}
