// Wrong approach: the brute force, asking about every deploy in order until one is broken (O(n) questions).
export function firstBadDeploy(count, isBroken) {
  for (let deploy = 1; deploy <= count; deploy++) {
    if (isBroken(deploy)) return deploy;
  }
  return null;
}
