export function parseReadings(text) {
  const readings = [];
  for (const part of text.split(",")) {
    readings.push(Number(part));
  }
  return readings;
}

export function coldestAndWarmest(readings) {
  let coldest = readings[0];
  let warmest = readings[0];
  for (const reading of readings) {
    if (reading < coldest) {
      coldest = reading;
    }
    if (reading > warmest) {
      warmest = reading;
    }
  }
  return [coldest, warmest];
}
