export function bestScore(scores) {
  if (scores.length === 0) {
    return null;
  }
  if (scores.length === 1) {
    return scores[0];
  }
  const bestOfRest = bestScore(scores.slice(1));
  return scores[0] > bestOfRest ? scores[0] : bestOfRest;
}
