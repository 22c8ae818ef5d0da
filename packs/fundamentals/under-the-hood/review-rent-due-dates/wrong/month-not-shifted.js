// Wrong: passes the month as a person writes it to Date.UTC, so every date is a month late.
const DAY = 24 * 60 * 60 * 1000;

export function dueDates(firstMonth, count, dayOfMonth) {
  const year = Number(firstMonth.slice(0, 4));
  const month = Number(firstMonth.slice(5, 7));
  const dates = [];
  for (let i = 0; i < count; i++) {
    const lastDay = new Date(Date.UTC(year, month + i + 1, 0)).getUTCDate();
    const day = Math.min(dayOfMonth, lastDay);
    dates.push(new Date(Date.UTC(year, month + i, day)).toISOString().slice(0, 10));
  }
  return dates;
}

export function daysLate(dueDate, paidDate) {
  const difference = Math.round((new Date(paidDate) - new Date(dueDate)) / DAY);
  return Math.max(difference, 0);
}

export function lateFee(rent, dueDate, paidDate) {
  const chargedDays = Math.min(Math.max(daysLate(dueDate, paidDate) - 5, 0), 15);
  return Math.round((rent * chargedDays) / 100);
}
