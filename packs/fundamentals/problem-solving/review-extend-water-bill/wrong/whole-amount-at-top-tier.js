// Wrong: prices every cubic meter at the price of the highest tier reached.
export const FIXED_CHARGE = 4500;

export function consumptionCharge(m3) {
  if (m3 > 30) {
    return Math.round(m3 * 3200);
  }
  if (m3 > 10) {
    return Math.round(m3 * 1450);
  }
  return Math.round(m3 * 800);
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
