// Wrong approach: a loop over the scores instead of recursion.
export function bestScore(scores) {
  if (scores.length === 0) {
    return null;
  }
  let best = scores[0];
  for (const score of scores) {
    if (score > best) {
      best = score;
    }
  }
  return best;
}
