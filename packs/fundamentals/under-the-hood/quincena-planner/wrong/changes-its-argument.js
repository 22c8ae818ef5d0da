// Wrong approach: nextPayday moves the date it received instead of building a new one.
const DAY = 24 * 60 * 60 * 1000;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function utcDate(year, month, day) {
  return new Date(Date.UTC(year, month - 1, day));
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
  if (date.getUTCDate() <= 15) {
    date.setUTCDate(15);
  } else {
    date.setUTCMonth(date.getUTCMonth() + 1, 0);
  }
  return isoDay(date);
}
