export function weeklyHours(entries) {
  // Your code here
}

export function weeklyPay(entries, rate) {
  // Your code here
}

export function payrollTotal(entries, rate) {
  // Your code here
}
