// Compares the gross pay with the minimum, forgetting the deduction.
const OVERTIME_MULTIPLIER = 2;
const WEEKLY_DEDUCTION = 9500;
const WEEKLY_MINIMUM = 195160;

export function grossPay(rateCents, regularHours, overtimeHours) {
  return regularHours * rateCents + overtimeHours * rateCents * OVERTIME_MULTIPLIER;
}

export function netPay(rateCents, regularHours, overtimeHours) {
  return grossPay(rateCents, regularHours, overtimeHours) - WEEKLY_DEDUCTION;
}

export function payStub(name, rateCents, regularHours, overtimeHours) {
  const hours = regularHours + overtimeHours;
  const gross = grossPay(rateCents, regularHours, overtimeHours);
  const net = netPay(rateCents, regularHours, overtimeHours);
  return `${name}: ${hours} hours, gross ${gross}, net ${net}, at least minimum: ${gross >= WEEKLY_MINIMUM}`;
}
