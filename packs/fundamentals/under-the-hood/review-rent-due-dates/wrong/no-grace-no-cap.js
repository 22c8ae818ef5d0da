// Wrong: charges every day late from the first one, with no cap, and lets early payments count
// as negative days.
const DAY = 24 * 60 * 60 * 1000;

export function dueDates(firstMonth, count, dayOfMonth) {
  const year = Number(firstMonth.slice(0, 4));
  const month = Number(firstMonth.slice(5, 7)) - 1;
  const dates = [];
  for (let i = 0; i < count; i++) {
    const lastDay = new Date(Date.UTC(year, month + i + 1, 0)).getUTCDate();
    const day = Math.min(dayOfMonth, lastDay);
    dates.push(new Date(Date.UTC(year, month + i, day)).toISOString().slice(0, 10));
  }
  return dates;
}

export function daysLate(dueDate, paidDate) {
  return Math.round((new Date(paidDate) - new Date(dueDate)) / DAY);
}

export function lateFee(rent, dueDate, paidDate) {
  return Math.round((rent * daysLate(dueDate, paidDate)) / 100);
}
