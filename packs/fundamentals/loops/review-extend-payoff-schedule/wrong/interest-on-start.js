// Charges interest on the starting balance every month instead of on what is left.
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
  if (payment <= monthInterest(balance, monthlyRatePercent)) {
    return "This payment never pays off the card.";
  }
  let left = balance;
  let month = 0;
  let totalInterest = 0;
  let text = "";
  while (left > 0) {
    month++;
    const interest = monthInterest(balance, monthlyRatePercent);
    const owed = left + interest;
    const paid = Math.min(payment, owed);
    left = owed - paid;
    totalInterest += interest;
    text += `Month ${month}: interest ${interest}, paid ${paid}, left ${left}\n`;
  }
  return text + `Total interest: ${totalInterest}`;
}
