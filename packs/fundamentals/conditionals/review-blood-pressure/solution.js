function isValidValue(value) {
  return typeof value === "number" && value > 0;
}

export function bloodPressureCategory(systolic, diastolic) {
  if (!isValidValue(systolic) || !isValidValue(diastolic)) {
    return "invalid reading";
  }
  if (diastolic >= systolic) {
    return "invalid reading";
  }
  if (systolic > 180 || diastolic > 120) {
    return "hypertensive crisis";
  }
  if (systolic >= 140 || diastolic >= 90) {
    return "stage 2 hypertension";
  }
  if (systolic >= 130 || diastolic >= 80) {
    return "stage 1 hypertension";
  }
  if (systolic >= 120) {
    return "elevated";
  }
  return "normal";
}

export function readingMessage(name, systolic, diastolic) {
  const who = name || "Patient";
  const category = bloodPressureCategory(systolic, diastolic);
  switch (category) {
    case "normal":
      return `${who}: normal, no action needed`;
    case "hypertensive crisis":
      return `${who}: hypertensive crisis, see a doctor now`;
    case "invalid reading":
      return `${who}: please take the reading again`;
    default:
      return `${who}: ${category}, check again in one week`;
  }
}
