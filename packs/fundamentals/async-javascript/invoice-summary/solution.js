// api.getClient(id)    → promise of { id, name }
// api.getInvoices(id)  → promise of [{ number, cents }]   (amounts in US cents)

function formatDollars(cents) {
  return "$" + Math.floor(cents / 100) + "." + String(cents % 100).padStart(2, "0");
}

// Fulfills with "Acme Corp: 2 invoices, $1500.00"
export function invoiceSummary(api, clientId) {
  let clientName = "";
  return api
    .getClient(clientId)
    .then((client) => {
      clientName = client.name;
      return api.getInvoices(client.id);
    })
    .then((invoices) => {
      const cents = invoices.reduce((sum, invoice) => sum + invoice.cents, 0);
      const word = invoices.length === 1 ? "invoice" : "invoices";
      return `${clientName}: ${invoices.length} ${word}, ${formatDollars(cents)}`;
    })
    .catch((error) => {
      throw new Error(`Could not load invoices for client ${clientId}: ${error.message}`);
    });
}
