// Wrong approach: passes the person's month (1 to 12) straight to Date.UTC, which counts months from 0.
const DAY = 24 * 60 * 60 * 1000;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function utcDate(year, month, day) {
  return new Date(Date.UTC(year, month, day));
}

export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

export function weekdayName(date) {
  return WEEKDAYS[date.getUTCDay()];
}

export function daysBetween(from, to) {
  return Math.round((to - from) / DAY);
}

export function nextPayday(date) {
  const year = date.getUTCFullYear();
  const monthIndex = date.getUTCMonth();
  if (date.getUTCDate() <= 15) {
    return isoDay(new Date(Date.UTC(year, monthIndex, 15)));
  }
  return isoDay(new Date(Date.UTC(year, monthIndex + 1, 0)));
}
