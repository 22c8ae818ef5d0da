export function gradeLabel(score) {
  if (!score) {
    return "No grade";
  }
  if (score >= 6) {
    return "Pass";
  } else if (score >= 8) {
    return "Good";
  } else if (score === 10) {
    return "Excellent";
  } else {
    return "Fail";
  }
}

export function reportLine(name, score) {
  const shownName = name && "Unnamed student";
  return `${shownName}: ${gradeLabel(score)}`;
}
