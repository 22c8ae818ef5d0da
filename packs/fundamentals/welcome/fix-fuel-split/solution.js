export function fuelCost(km, kmPerLiter, pricePerLiter) {
  const liters = km / kmPerLiter;
  return liters * pricePerLiter;
}

export function costPerPerson(totalCost, people) {
  return totalCost / people;
}

export function tripMessage(km, kmPerLiter, pricePerLiter, people) {
  const share = costPerPerson(fuelCost(km, kmPerLiter, pricePerLiter), people);
  return `Each of the ${people} friends pays ${share} pesos`;
}
