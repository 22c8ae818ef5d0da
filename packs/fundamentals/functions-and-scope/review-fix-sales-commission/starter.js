const DEFAULT_RATE = 0.03;
const GOAL = 10000000;
const BONUS = 50000;

export function commission(salesCents, rate = DEFAULT_RATE) {
  return Math.round(salesCents * DEFAULT_RATE);
}

export function monthPay(baseCents, salesCents, rate) {
  let pay = baseCents + commission(salesCents, rate);
  if (salesCents >= GOAL) {
    let pay = pay + BONUS;
  }
  return pay;
}

export function payslip(name, baseCents, salesCents, rate) {
  if (salesCents >= GOAL) {
    const note = " (goal reached)";
  } else {
    const note = "";
  }
  const pay = monthPay(baseCents, rate, salesCents);
  return `${name}: ${pay} centavos${note}`;
}
