// Wrong fix: treats only undefined as missing, so a null grade is labeled "Fail".
export function gradeLabel(score) {
  if (score === undefined) {
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
