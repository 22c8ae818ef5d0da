// Wrong approach: shrinks the range to one deploy and returns it without checking, so a day with nothing broken returns count.
export function firstBadDeploy(count, isBroken) {
  if (count === 0) return null;
  let low = 1;
  let high = count;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (isBroken(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}
