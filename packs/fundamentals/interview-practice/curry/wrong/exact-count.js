// Wrong approach: calls fn only when the count is exactly fn.length, and cuts the extra arguments.
export function curry(fn) {
  function collect(saved) {
    return (...args) => {
      const all = [...saved, ...args].slice(0, fn.length);
      if (all.length === fn.length) return fn(...all);
      return collect(all);
    };
  }
  return collect([]);
}
