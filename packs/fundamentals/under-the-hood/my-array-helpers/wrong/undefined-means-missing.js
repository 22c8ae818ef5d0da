// Wrong approach: reduce decides "no starting value" by checking for undefined, so an explicit undefined start is skipped.
export function each(items, callback) {
  for (let i = 0; i < items.length; i++) {
    callback(items[i], i, items);
  }
}

export function map(items, callback) {
  const results = [];
  for (let i = 0; i < items.length; i++) {
    results.push(callback(items[i], i, items));
  }
  return results;
}

export function filter(items, test) {
  const kept = [];
  for (let i = 0; i < items.length; i++) {
    if (test(items[i], i, items)) {
      kept.push(items[i]);
    }
  }
  return kept;
}

export function reduce(items, reducer, start) {
  let accumulator = start;
  let first = 0;
  if (start === undefined) {
    accumulator = items[0];
    first = 1;
  }
  for (let i = first; i < items.length; i++) {
    accumulator = reducer(accumulator, items[i], i, items);
  }
  return accumulator;
}
