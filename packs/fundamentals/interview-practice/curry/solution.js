export function curry(fn) {
  function collect(saved) {
    return (...args) => {
      const all = [...saved, ...args];
      if (all.length >= fn.length) {
        return fn(...all);
      }
      return collect(all);
    };
  }
  return collect([]);
}
