// Wrong approach: slices with k directly, so k bigger than the length or negative gives the wrong pieces.
export function rotate(items, k) {
  const n = items.length;
  return [...items.slice(n - k), ...items.slice(0, n - k)];
}
