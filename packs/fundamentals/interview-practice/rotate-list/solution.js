export function rotate(items, k) {
  const n = items.length;
  if (n === 0) {
    return [];
  }
  const steps = ((k % n) + n) % n;
  return [...items.slice(n - steps), ...items.slice(0, n - steps)];
}
