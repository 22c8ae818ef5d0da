// Wrong fix: reorders the conditions but still uses !score, so a 0 becomes "No grade".
export function gradeLabel(score) {
  if (!score) {
    return "No grade";
  }
  if (score === 10) {
    return "Excellent";
  } else if (score >= 8) {
    return "Good";
  } else if (score >= 6) {
    return "Pass";
  } else {
    return "Fail";
  }
}

export function reportLine(name, score) {
  const shownName = name || "Unnamed student";
  return `${shownName}: ${gradeLabel(score)}`;
}
