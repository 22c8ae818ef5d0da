export function classReport(scores, passingScore) {
  const passes = (score) => score >= passingScore;

  if (scores.length === 0) {
    return "no scores";
  }
  if (scores.every(passes)) {
    return "everyone passed";
  }
  if (!scores.some(passes)) {
    return "nobody passed";
  }
  const passedCount = scores.filter(passes).length;
  return `${passedCount} of ${scores.length} passed`;
}
