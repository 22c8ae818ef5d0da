// Wrong approach: decides whether fn has run by looking at the saved result, so an undefined first result runs fn again.
export function once(fn) {
  let result;
  return function (...args) {
    if (result === undefined) {
      result = fn.apply(this, args);
    }
    return result;
  };
}
