export function pendingStops(stops) {
  return stops.find((stop) => !stop.delivered);
}

export function allPaid(stops) {
  return stops.some((stop) => stop.paid);
}

export function routeLabels(stops) {
  return stops.forEach((stop, i) => `${i}. ${stop.client} (${stop.colonia})`);
}

export function byDistance(stops) {
  return stops.sort((a, b) => a.km - b.km);
}
