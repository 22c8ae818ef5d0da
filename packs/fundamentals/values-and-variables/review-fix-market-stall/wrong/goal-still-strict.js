// Fixes the errors and the string, but keeps > so reaching the goal exactly says false.
const STALL_FEE = 15000;
const TERMINAL_RENT = 2900;
const DAILY_GOAL = 80000;

export function dayProfit(cashSales, cardSales) {
  const sales = cashSales + cardSales;
  const costs = STALL_FEE + TERMINAL_RENT;
  return sales - costs;
}

export function cashInBox(openingCash, cashSales, payouts) {
  let box = openingCash;
  box = box + cashSales;
  box = box - payouts;
  return box;
}

export function daySummary(cashSales, cardSales) {
  const profit = dayProfit(cashSales, cardSales);
  const goalReached = profit > DAILY_GOAL;
  return `Profit: ${profit} centavos. Goal reached: ${goalReached}`;
}
