// Wrong fix: allPaid checks that there is at least one paid stop, which is `some` again.
export function pendingStops(stops) {
  return stops.filter((stop) => !stop.delivered);
}

export function allPaid(stops) {
  return stops.filter((stop) => stop.paid).length > 0;
}

export function routeLabels(stops) {
  return stops.map((stop, i) => `${i + 1}. ${stop.client} (${stop.colonia})`);
}

export function byDistance(stops) {
  return [...stops].sort((a, b) => a.km - b.km);
}
