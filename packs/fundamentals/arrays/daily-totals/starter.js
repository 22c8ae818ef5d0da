export function dailyTotals(sales) {
  // Your code here
}
