// Wrong approach: compares the exact rate with minPercent, so a route shown as 80% (79.5%) is still listed at the default minimum.
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

export function reviewList(lines, minPercent = 80) {
  return summarizeRoutes(lines)
    .filter((s) => (s.delivered * 100) / s.stops < minPercent)
    .sort((a, b) => a.delivered / a.stops - b.delivered / b.stops || a.route.localeCompare(b.route))
    .map((s) => `${s.route}: ${Math.round((s.delivered * 100) / s.stops)}% delivered (${s.delivered} of ${s.stops})`);
}
