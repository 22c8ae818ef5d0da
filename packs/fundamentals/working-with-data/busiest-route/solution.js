export function busiestRoute(trips) {
  if (trips.length === 0) {
    return null;
  }

  const totals = {};
  const order = [];
  for (const trip of trips) {
    if (!Object.hasOwn(totals, trip.route)) {
      totals[trip.route] = 0;
      order.push(trip.route);
    }
    totals[trip.route] = totals[trip.route] + (trip.passengers ?? 0);
  }

  let best = order[0];
  for (const route of order) {
    if (totals[route] > totals[best]) {
      best = route;
    }
  }
  return { route: best, passengers: totals[best] };
}
