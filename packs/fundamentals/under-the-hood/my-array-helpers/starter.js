export function each(items, callback) {
  // Your code here
}

export function map(items, callback) {
  // Your code here
}

export function filter(items, test) {
  // Your code here
}

export function reduce(items, reducer, start) {
  // Your code here
}
