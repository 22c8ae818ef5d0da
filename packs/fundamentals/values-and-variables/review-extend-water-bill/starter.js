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
  // Your code here
}

export function billLine(account, previousReading, currentReading, lastMonthM3) {
  // Your code here
}
