// Wrong fix: builds partial with bind(null, ...), which fixes this to null for good.
export function logCalls(fn, log) {
  return function (...args) {
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
  return fn.bind(null, ...preset);
}
