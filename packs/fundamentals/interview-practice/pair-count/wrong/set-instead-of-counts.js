// Wrong approach: remembers only whether an amount was seen (a Set), so repeated amounts are undercounted.
export function countPairs(amounts, target) {
  const seen = new Set();
  let pairs = 0;
  for (const amount of amounts) {
    if (seen.has(target - amount)) pairs++;
    seen.add(amount);
  }
  return pairs;
}
