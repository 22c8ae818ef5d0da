// Wrong fix: `const copy = stops` is the same array under another name, so sorting it still
// reorders the driver's list.
export function pendingStops(stops) {
  return stops.filter((stop) => !stop.delivered);
}

export function allPaid(stops) {
  return stops.every((stop) => stop.paid);
}

export function routeLabels(stops) {
  return stops.map((stop, i) => `${i + 1}. ${stop.client} (${stop.colonia})`);
}

export function byDistance(stops) {
  const copy = stops;
  return copy.sort((a, b) => a.km - b.km);
}
