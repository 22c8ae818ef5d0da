// Adds the tie-break but keeps the ascending count from the starter: the quietest zone comes first.
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
    .sort((a, b) => a.count - b.count || a.zone.localeCompare(b.zone));
}
