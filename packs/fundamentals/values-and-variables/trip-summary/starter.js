export function tripSummary(startKm, endKm, liters, pricePerLiter) {
  // Your code here
}
