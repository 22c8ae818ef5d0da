// Wrong approach: the classic two-sum habit of stopping at the first pair found, instead of counting them all.
export function countPairs(amounts, target) {
  const seen = new Set();
  for (const amount of amounts) {
    if (seen.has(target - amount)) return 1;
    seen.add(amount);
  }
  return 0;
}
