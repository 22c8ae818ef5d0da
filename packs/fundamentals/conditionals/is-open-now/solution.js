const OPENS_AT = 9;
const CLOSES_AT = 18;

export function isOpenNow(hour, isHoliday) {
  return hour >= OPENS_AT && hour < CLOSES_AT && !isHoliday;
}
