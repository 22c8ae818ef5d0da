// Wrong fix: converts the readings to numbers but still starts from 0.
export function parseReadings(text) {
  const readings = [];
  for (const part of text.split(",")) {
    readings.push(Number(part));
  }
  return readings;
}

export function coldestAndWarmest(readings) {
  let coldest = 0;
  let warmest = 0;
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
