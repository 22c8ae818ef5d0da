export function dueDates(firstMonth, count, dayOfMonth) {
  // Your code here
}

export function daysLate(dueDate, paidDate) {
  // Your code here
}

export function lateFee(rent, dueDate, paidDate) {
  // Your code here
}
