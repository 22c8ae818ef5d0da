export function describeReading(reading) {
  const name = reading.station?.name ?? "Unknown station";

  const temp = reading.temp ?? null;
  const tempText = temp === null ? "no temperature data" : `${temp} °C`;

  const speed = reading.wind?.speed ?? null;
  const windText = speed === null ? "no wind data" : `wind ${speed} km/h`;

  return `${name}: ${tempText}, ${windText}`;
}
