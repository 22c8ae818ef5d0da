// Renames the inner variable to silence the error, so the bonus goes into a variable nobody returns.
const DEFAULT_RATE = 0.03;
const GOAL = 10000000;
const BONUS = 50000;

export function commission(salesCents, rate = DEFAULT_RATE) {
  return Math.round(salesCents * rate);
}

export function monthPay(baseCents, salesCents, rate) {
  let pay = baseCents + commission(salesCents, rate);
  if (salesCents >= GOAL) {
    const payWithBonus = pay + BONUS;
  }
  return pay;
}

export function payslip(name, baseCents, salesCents, rate) {
  let note = "";
  if (salesCents >= GOAL) {
    note = " (goal reached)";
  }
  const pay = monthPay(baseCents, salesCents, rate);
  return `${name}: ${pay} centavos${note}`;
}
