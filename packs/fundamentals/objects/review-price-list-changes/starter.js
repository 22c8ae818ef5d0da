export function priceChanges(oldPrices, newPrices) {
  // Your code here
}
