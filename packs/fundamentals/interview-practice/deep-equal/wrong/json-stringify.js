// Wrong approach: compares JSON.stringify of both values, which depends on the order of the keys and drops undefined values.
export function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
