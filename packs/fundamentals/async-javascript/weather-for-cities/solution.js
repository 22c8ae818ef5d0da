export async function weatherForCities(cities, getTemperature) {
  const requests = cities.map((city) => getTemperature(city).catch(() => null));
  const temperatures = await Promise.all(requests);

  const result = {};
  cities.forEach((city, i) => {
    result[city] = temperatures[i];
  });
  return result;
}
