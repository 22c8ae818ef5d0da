// Wrong approach: writes the fee in pesos (17.4) while every other amount is in centavos.
const MONTHLY_FEE = 17.4;

export function balanceAtMonthEnd(start, salary, rent, groceries) {
  let balance = start;
  balance = balance + salary;
  balance = balance - rent;
  balance = balance - groceries;
  balance = balance - MONTHLY_FEE;
  return balance;
}
