export function grossPay(rateCents, regularHours, overtimeHours) {
  // Your code here
}

export function netPay(rateCents, regularHours, overtimeHours) {
  // Your code here
}

export function payStub(name, rateCents, regularHours, overtimeHours) {
  // Your code here
}
