// Wrong approach: the wrapper is an arrow function and calls fn without passing this on.
export function once(fn) {
  let done = false;
  let result;
  return (...args) => {
    if (!done) {
      done = true;
      result = fn(...args);
    }
    return result;
  };
}
