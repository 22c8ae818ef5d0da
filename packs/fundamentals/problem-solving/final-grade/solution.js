export function finalGrade(scores) {
  const valid = scores.filter((score) => score >= 0 && score <= 100);
  if (valid.length === 0) {
    return null;
  }
  let kept = valid;
  if (valid.length >= 3) {
    kept = [...valid].sort((a, b) => a - b).slice(1);
  }
  const sum = kept.reduce((total, score) => total + score, 0);
  return Math.round((sum / kept.length) * 10) / 10;
}
