export function tripSummary(startKm, endKm, litres, pricePerLitre) {
  // Your code here
}
