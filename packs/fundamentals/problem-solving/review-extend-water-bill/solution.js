export const FIXED_CHARGE = 4500;

export function consumptionCharge(m3) {
  const first = Math.min(m3, 10);
  const second = Math.min(Math.max(m3 - 10, 0), 20);
  const third = Math.max(m3 - 30, 0);
  return Math.round(first * 800 + second * 1450 + third * 3200);
}

export function waterBill(m3) {
  return FIXED_CHARGE + consumptionCharge(m3);
}

export function billLine(account, m3) {
  return `${account}: ${m3} m3, $${(waterBill(m3) / 100).toFixed(2)}`;
}

export function consumption(previousReading, currentReading) {
  if (currentReading >= previousReading) {
    return currentReading - previousReading;
  }
  return 10000 - previousReading + currentReading;
}
