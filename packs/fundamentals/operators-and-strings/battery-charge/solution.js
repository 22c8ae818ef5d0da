const PERCENT_PER_MINUTE = 2;
const FULL = 100;

export function levelAfterCharging(level, minutes) {
  const charged = Number(level) + minutes * PERCENT_PER_MINUTE;
  return Math.min(charged, FULL);
}
