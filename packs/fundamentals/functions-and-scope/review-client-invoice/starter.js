export function toPesos(usdCents, exchangeRate) {
  // Your code here
}

export function platformFee(mxnCents) {
  // Your code here
}

export function formatMoney(cents) {
  // Your code here
}

export function invoiceLine(client, hours, usdRateCents, exchangeRate) {
  // Your code here
}
