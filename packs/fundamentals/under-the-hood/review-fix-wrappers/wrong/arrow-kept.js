// Wrong fix: adds the return but keeps the arrow function, so `this` is still lost.
export function logCalls(fn, log) {
  return (...args) => {
    log(`${fn.name}(${args.join(", ")})`);
    return fn.apply(this, args);
  };
}

export function limitCalls(fn, max) {
  let calls = 0;
  let last;
  return function (...args) {
    if (calls < max) {
      calls++;
      last = fn.apply(this, args);
    }
    return last;
  };
}

export function partial(fn, ...preset) {
  return function (...later) {
    return fn.apply(this, [...preset, ...later]);
  };
}
