const HEADER = ["id", "name", "email", "city", "zip", "orders", "last order"];

function lastOrderDate(orders) {
  let latest = "";
  for (const order of orders) {
    if (order.date > latest) {
      latest = order.date;
    }
  }
  return latest;
}

export function toRows(apiText) {
  const answer = JSON.parse(apiText);
  const customers = answer.data?.customers ?? [];
  const rows = customers.map((customer) => {
    const { id, profile, address, orders } = customer;
    const list = orders ?? [];
    return [
      String(id),
      profile?.name ?? "(no name)",
      profile?.email ?? "",
      address?.city ?? "",
      address?.zip ?? "",
      list.length,
      lastOrderDate(list),
    ];
  });
  return [HEADER, ...rows];
}
