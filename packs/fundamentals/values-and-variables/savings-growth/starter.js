export function savingsAfterThreeYears(start, deposit, rate) {
  // Your code here
}
