export function utcDate(year, month, day) {
  // Your code here
}

export function isoDay(date) {
  // Your code here
}

export function weekdayName(date) {
  // Your code here
}

export function daysBetween(from, to) {
  // Your code here
}

export function nextPayday(date) {
  // Your code here
}
