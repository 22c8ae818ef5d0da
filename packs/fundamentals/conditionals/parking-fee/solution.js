const FREE_MINUTES = 30;
const WEEKEND_PRICE = 5;
const PRICE_PER_HOUR = 2;
const DAILY_CAP = 15;

export function parkingFee(minutes, isWeekend) {
  if (minutes < 0) {
    return null;
  }
  if (minutes <= FREE_MINUTES) {
    return 0;
  }
  if (isWeekend) {
    return WEEKEND_PRICE;
  }
  const startedHours = Math.ceil(minutes / 60);
  return Math.min(startedHours * PRICE_PER_HOUR, DAILY_CAP);
}
