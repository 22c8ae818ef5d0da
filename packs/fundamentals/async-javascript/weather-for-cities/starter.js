export async function weatherForCities(cities, getTemperature) {
  // Your code here
}
