// Wrong approach: walks the array item by item (indexOf), which reads up to every position instead of about 20.
export function firstIndexOf(sorted, target) {
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i] === target) return i;
    if (sorted[i] > target) return -1;
  }
  return -1;
}
