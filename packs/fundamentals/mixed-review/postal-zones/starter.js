// Counts customers per delivery zone. A zone is chosen by the first two digits of the postal code.
export function zoneReport(customers, zones) {
  const counts = Object.create(null);

  customers.forEach((customer) => {
    const prefix = customer.postalCode.slice(1, 3);
    const zone = zones[prefix] || "Unassigned";
    counts[zone]++;
  });

  return Object.entries(counts)
    .map(([zone, count]) => { zone, count })
    .sort((a, b) => a.count - b.count);
}
