// Wrong approach: takes only the first argument of each call, so curried("DHL", "centro", 2) never finishes.
export function curry(fn) {
  function collect(saved) {
    return (arg) => {
      const all = [...saved, arg];
      if (all.length >= fn.length) return fn(...all);
      return collect(all);
    };
  }
  return collect([]);
}
