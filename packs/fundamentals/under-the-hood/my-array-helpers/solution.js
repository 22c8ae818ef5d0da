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

export function reduce(items, reducer, ...start) {
  let accumulator;
  let first;
  if (start.length > 0) {
    accumulator = start[0];
    first = 0;
  } else {
    accumulator = items[0];
    first = 1;
  }
  for (let i = first; i < items.length; i++) {
    accumulator = reducer(accumulator, items[i], i, items);
  }
  return accumulator;
}
