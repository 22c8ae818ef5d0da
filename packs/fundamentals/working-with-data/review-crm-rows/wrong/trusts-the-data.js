// Assumes every answer has data.customers, so an error answer crashes.
const HEADER = ["id", "name", "email", "city", "zip", "orders", "last order"];

export function toRows(apiText) {
  const answer = JSON.parse(apiText);
  const rows = answer.data.customers.map(({ id, profile, address, orders }) => {
    const list = orders ?? [];
    let latest = "";
    for (const order of list) {
      if (order.date > latest) {
        latest = order.date;
      }
    }
    return [
      String(id),
      profile?.name ?? "(no name)",
      profile?.email ?? "",
      address?.city ?? "",
      address?.zip ?? "",
      list.length,
      latest,
    ];
  });
  return [HEADER, ...rows];
}
