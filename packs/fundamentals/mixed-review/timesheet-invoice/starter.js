export class TimesheetError extends Error {
  // Your code here
}

export function weeklyInvoice(text, rateCents) {
  // Your code here
}
