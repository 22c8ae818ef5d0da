// Wrong fix: starts from the first reading but keeps the readings as strings,
// so "10" counts as colder than "9" (text is compared character by character).
export function parseReadings(text) {
  const readings = [];
  for (const part of text.split(",")) {
    readings.push(part.trim());
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
