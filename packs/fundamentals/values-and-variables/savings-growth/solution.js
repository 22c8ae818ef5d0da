export function savingsAfterThreeYears(start, deposit, rate) {
  let balance = start;

  // Year 1
  balance = balance + deposit;
  balance = balance + balance * rate;

  // Year 2
  balance = balance + deposit;
  balance = balance + balance * rate;

  // Year 3
  balance = balance + deposit;
  balance = balance + balance * rate;

  return balance;
}
