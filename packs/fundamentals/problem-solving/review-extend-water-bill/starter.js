export const FIXED_CHARGE = 4500;

export function consumptionCharge(m3) {
  return m3 * 1200;
}

export function waterBill(m3) {
  return FIXED_CHARGE + consumptionCharge(m3);
}

export function billLine(account, m3) {
  return `${account}: ${m3} m3, $${(waterBill(m3) / 100).toFixed(2)}`;
}

export function consumption(previousReading, currentReading) {
  // Your code here
}
