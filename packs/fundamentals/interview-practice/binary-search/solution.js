export function firstIndexOf(sorted, target) {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    if (sorted[mid] < target) {
      low = mid + 1;
    } else {
      if (sorted[mid] === target) {
        found = mid;
      }
      high = mid - 1;
    }
  }
  return found;
}
