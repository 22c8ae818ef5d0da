export function temperatureRange(temps) {
  if (temps.length === 0) {
    return null;
  }
  let lowest = temps[0];
  let highest = temps[0];
  for (const temp of temps) {
    if (temp < lowest) {
      lowest = temp;
    }
    if (temp > highest) {
      highest = temp;
    }
  }
  return [lowest, highest];
}
