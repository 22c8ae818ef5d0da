// Forgets the 4500 service fee in the total.
const PRICE_PER_M3 = 1250;
const BASIC_ALLOWANCE = 30;

export function cubicMetersUsed(previousReading, currentReading) {
  return currentReading - previousReading;
}

export function waterCharge(m3) {
  return m3 * PRICE_PER_M3;
}

export function withinAllowance(m3) {
  return m3 <= BASIC_ALLOWANCE;
}

export function leakSuspected(previousReading, currentReading, lastMonthM3) {
  const used = cubicMetersUsed(previousReading, currentReading);
  return used > lastMonthM3 * 2;
}

export function billLine(account, previousReading, currentReading, lastMonthM3) {
  const used = cubicMetersUsed(previousReading, currentReading);
  const total = waterCharge(used);
  return `Account ${account}: ${used} m3, total ${total} centavos, within allowance: ${withinAllowance(used)}, possible leak: ${leakSuspected(previousReading, currentReading, lastMonthM3)}`;
}
