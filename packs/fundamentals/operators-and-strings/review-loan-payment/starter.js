export function monthlyPayment(principal, yearlyRateText, months) {
  // Your code here
}

export function loanSummary(principal, yearlyRateText, months) {
  // Your code here
}
