// Wrong approach: rotates the caller's array in place with pop and unshift, changing the input.
export function rotate(items, k) {
  const n = items.length;
  if (n === 0) return items;
  const steps = ((k % n) + n) % n;
  for (let i = 0; i < steps; i++) {
    items.unshift(items.pop());
  }
  return items;
}
