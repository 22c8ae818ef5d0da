// Wrong fix: builds the labels with map, but still numbers them from 0.
export function pendingStops(stops) {
  return stops.filter((stop) => !stop.delivered);
}

export function allPaid(stops) {
  return stops.every((stop) => stop.paid);
}

export function routeLabels(stops) {
  return stops.map((stop, i) => `${i}. ${stop.client} (${stop.colonia})`);
}

export function byDistance(stops) {
  return [...stops].sort((a, b) => a.km - b.km);
}
