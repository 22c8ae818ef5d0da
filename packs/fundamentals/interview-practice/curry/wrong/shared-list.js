// Wrong approach: every call pushes into one shared array, so reusing a partial function mixes the arguments of different calls.
export function curry(fn) {
  const saved = [];
  function curried(...args) {
    saved.push(...args);
    if (saved.length >= fn.length) {
      return fn(...saved);
    }
    return curried;
  }
  return curried;
}
