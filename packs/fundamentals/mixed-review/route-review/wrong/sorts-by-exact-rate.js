// Filters by the rounded percentage but orders by the exact rate: two routes both shown as
// 33% come out by their hidden decimals instead of by route name.
// Delivery routes of a Monterrey courier. Each line of the drivers' log is one stop:
// "route;driver;meters;status", for example "MTY-01;Rosa;3200;delivered".

export function parseStop(line) {
  const [route, driver, meters, status] = line.split(";").map((part) => part.trim());
  if (status !== "delivered" && status !== "failed") {
    throw new Error(`Unknown status "${status}" in: ${line}`);
  }
  return { route, driver, meters: Number(meters), status };
}

export function summarizeRoutes(lines) {
  const byRoute = new Map();
  for (const line of lines) {
    if (line.trim() === "") continue;
    const stop = parseStop(line);
    if (!byRoute.has(stop.route)) {
      byRoute.set(stop.route, { route: stop.route, stops: 0, delivered: 0, failed: 0, meters: 0 });
    }
    const summary = byRoute.get(stop.route);
    summary.stops += 1;
    summary[stop.status] += 1;
    summary.meters += stop.meters;
  }
  return [...byRoute.values()].sort((a, b) => a.route.localeCompare(b.route));
}

export function formatSummary(summary) {
  const km = (summary.meters / 1000).toFixed(1);
  return `${summary.route}: ${summary.stops} stops, ${summary.delivered} delivered, ${summary.failed} failed, ${km} km`;
}

// New feature: the routes whose delivery rate is below minPercent, worst first.
export function reviewList(lines, minPercent = 80) {
  return summarizeRoutes(lines)
    .map((summary) => ({
      summary,
      percent: Math.round((summary.delivered * 100) / summary.stops),
    }))
    .filter((row) => row.percent < minPercent)
    .sort((a, b) => a.summary.delivered / a.summary.stops - b.summary.delivered / b.summary.stops || a.summary.route.localeCompare(b.summary.route))
    .map(({ summary, percent }) =>
      `${summary.route}: ${percent}% delivered (${summary.delivered} of ${summary.stops})`);
}
