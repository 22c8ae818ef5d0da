// Silences the const error by declaring a new box on each line, so the payouts are lost.
const STALL_FEE = 15000;
const TERMINAL_RENT = 2900;
const DAILY_GOAL = 80000;

export function dayProfit(cashSales, cardSales) {
  const sales = cashSales + cardSales;
  const costs = STALL_FEE + TERMINAL_RENT;
  return sales - costs;
}

export function cashInBox(openingCash, cashSales, payouts) {
  const box = openingCash;
  const boxAfterSales = box + cashSales;
  const boxAfterPayouts = box - payouts;
  return boxAfterSales;
}

export function daySummary(cashSales, cardSales) {
  const profit = dayProfit(cashSales, cardSales);
  const goalReached = profit >= DAILY_GOAL;
  return `Profit: ${profit} centavos. Goal reached: ${goalReached}`;
}
