export function tripSummary(startKm, endKm, litres, pricePerLitre) {
  const distance = endKm - startKm;
  const kmPerLitre = distance / litres;
  const cost = litres * pricePerLitre;
  return `Drove ${distance} km, ${kmPerLitre} km per litre, fuel cost ${cost}`;
}
