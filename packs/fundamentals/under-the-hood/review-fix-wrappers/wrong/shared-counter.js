// Wrong fix: fixes logCalls and partial but leaves the counter outside limitCalls, shared by
// every wrapper.
export function logCalls(fn, log) {
  return function (...args) {
    log(`${fn.name}(${args.join(", ")})`);
    return fn.apply(this, args);
  };
}

let calls = 0;

export function limitCalls(fn, max) {
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
