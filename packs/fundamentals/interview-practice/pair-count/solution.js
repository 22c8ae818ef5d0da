export function countPairs(amounts, target) {
  const seen = new Map();
  let pairs = 0;
  for (const amount of amounts) {
    pairs += seen.get(target - amount) ?? 0;
    seen.set(amount, (seen.get(amount) ?? 0) + 1);
  }
  return pairs;
}
