// Wrong approach: moves the first k items to the end, which is a rotation to the left.
export function rotate(items, k) {
  const n = items.length;
  if (n === 0) return [];
  const steps = ((k % n) + n) % n;
  return [...items.slice(steps), ...items.slice(0, steps)];
}
