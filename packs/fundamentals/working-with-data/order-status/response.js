// What the US client's order API answered this morning: JSON text, as it arrives.
export const responseText = `{
  "page": 1,
  "orders": [
    { "id": "ORD-101", "buyer": { "name": "Megan Lee", "state": "TX" }, "amount": { "cents": 4599 }, "status": "paid" },
    { "id": "ORD-102", "buyer": { "name": "Carlos Ruiz", "state": "CA" }, "amount": { "cents": 12000 }, "status": "paid" },
    { "id": "ORD-103", "buyer": { "name": "Dana Smith" }, "amount": { "cents": 899 }, "status": "shipped", "tracking": "1Z999" }
  ]
}`;
