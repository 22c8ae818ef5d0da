const MONTHLY_FEE = 1740;

export function balanceAtMonthEnd(start, salary, rent, groceries) {
  let balance = start;
  balance = balance + salary;
  balance = balance - rent;
  balance = balance - groceries;
  balance = balance - MONTHLY_FEE;
  return balance;
}
