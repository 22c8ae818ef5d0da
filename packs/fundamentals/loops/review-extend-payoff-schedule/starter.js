export function monthInterest(balance, monthlyRatePercent) {
  return Math.round((balance * monthlyRatePercent) / 100);
}

export function monthsToPayOff(balance, monthlyRatePercent, payment) {
  if (payment <= monthInterest(balance, monthlyRatePercent)) {
    return -1;
  }
  let left = balance;
  let months = 0;
  while (left > 0) {
    left = left + monthInterest(left, monthlyRatePercent) - payment;
    months++;
  }
  return months;
}

export function payoffSchedule(balance, monthlyRatePercent, payment) {
  // Your code here
}
