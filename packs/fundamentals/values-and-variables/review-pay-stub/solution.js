const OVERTIME_MULTIPLIER = 2;
const WEEKLY_DEDUCTION = 9500;
const WEEKLY_MINIMUM = 195160;

export function grossPay(rateCents, regularHours, overtimeHours) {
  const regularPay = regularHours * rateCents;
  const overtimePay = overtimeHours * rateCents * OVERTIME_MULTIPLIER;
  return regularPay + overtimePay;
}

export function netPay(rateCents, regularHours, overtimeHours) {
  return grossPay(rateCents, regularHours, overtimeHours) - WEEKLY_DEDUCTION;
}

export function payStub(name, rateCents, regularHours, overtimeHours) {
  const hours = regularHours + overtimeHours;
  const gross = grossPay(rateCents, regularHours, overtimeHours);
  const net = netPay(rateCents, regularHours, overtimeHours);
  const atLeastMinimum = net >= WEEKLY_MINIMUM;
  return `${name}: ${hours} hours, gross ${gross}, net ${net}, at least minimum: ${atLeastMinimum}`;
}
