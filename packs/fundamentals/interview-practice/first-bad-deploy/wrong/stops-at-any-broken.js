// Wrong approach: stops at the first broken deploy the search happens to hit, which may not be the first one.
export function firstBadDeploy(count, isBroken) {
  let low = 1;
  let high = count;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    if (isBroken(mid)) return mid;
    low = mid + 1;
  }
  return null;
}
