export function formatPesos(cents) {
  // Your code here
}

export function formatLiters(milliliters) {
  // Your code here
}

export function fuelTicket(amountText, priceCents) {
  // Your code here
}
