// Wrong approach: uses the built-in flat method instead of recursion.
export function flattenList(list) {
  return list.flat(Infinity);
}
