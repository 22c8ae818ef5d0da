// Wrong approach: records the amount before looking for its partner, so an amount of target / 2 pairs with itself.
export function countPairs(amounts, target) {
  const seen = new Map();
  let pairs = 0;
  for (const amount of amounts) {
    seen.set(amount, (seen.get(amount) ?? 0) + 1);
    pairs += seen.get(target - amount) ?? 0;
  }
  return pairs;
}
