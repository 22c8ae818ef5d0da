export function firstBadDeploy(count, isBroken) {
  let low = 1;
  let high = count;
  let firstBroken = null;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    if (isBroken(mid)) {
      firstBroken = mid;   // a candidate: an earlier one may be broken too
      high = mid - 1;
    } else {
      low = mid + 1;
    }
  }
  return firstBroken;
}
