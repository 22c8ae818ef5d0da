export function tripSummary(startKm, endKm, liters, pricePerLiter) {
  const distance = endKm - startKm;
  const kmPerLiter = distance / liters;
  const cost = liters * pricePerLiter;
  return `Drove ${distance} km, ${kmPerLiter} km per liter, fuel cost ${cost}`;
}
