export function monthCalendar(days, firstWeekday) {
  // Your code here
}
