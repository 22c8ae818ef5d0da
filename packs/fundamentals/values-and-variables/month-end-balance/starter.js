export function balanceAtMonthEnd(start, salary, rent, groceries) {
  // Your code here
}
