// Fixes || but keeps <= 22, so full members still get in at 22:00 sharp.
export function canEnter(plan, hour, owedCents) {
  if (owedCents > 0) {
    return false;
  }
  let allowed = false;
  switch (plan) {
    case "full":
      allowed = hour >= 6 && hour <= 22;
      break;
    case "morning":
      allowed = hour >= 6 && hour < 12;
      break;
    case "night":
      allowed = hour >= 18 && hour <= 23;
      break;
    default:
      allowed = false;
  }
  return allowed;
}

export function checkInMessage(name, plan, hour, owedCents) {
  const who = name || "member";
  if (owedCents > 0) {
    return `Please pay at the front desk, ${who}`;
  }
  if (!canEnter(plan, hour, owedCents)) {
    return `Sorry ${who}, your plan does not cover this hour`;
  }
  return `Welcome, ${who}!`;
}
