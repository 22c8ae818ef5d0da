// Budget tracker, step 9: adding a transaction. The page from step 8 is finished: it loads
// the records, keeps them in `records` and draws them with `render(records)`.
// Your work is at the bottom of this file.

// Step 2: the error thrown for bad data.
export class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = "ValidationError";
  }
}

// Step 4: income, spending and balance in centavos for every month, oldest month first.
export function monthlySummary(records) {
  const months = new Map();
  for (const record of records) {
    const month = record.date.slice(0, 7);
    if (!months.has(month)) {
      months.set(month, { month, incomeCents: 0, spendingCents: 0, balanceCents: 0 });
    }
    const summary = months.get(month);
    if (record.amountCents > 0) {
      summary.incomeCents += record.amountCents;
    } else {
      summary.spendingCents -= record.amountCents;
    }
    summary.balanceCents += record.amountCents;
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

// Step 8: centavos shown as pesos on a page: 238255 is "$2,382.55", -700000 is "-$7,000.00".
export function formatMoney(cents) {
  const pesos = (Math.abs(cents) / 100).toLocaleString("en-US", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return cents < 0 ? `-$${pesos}` : `$${pesos}`;
}

// Step 8: a table row with one cell for each text.
function tableRow(texts) {
  const row = document.createElement("tr");
  for (const text of texts) {
    const cell = document.createElement("td");
    cell.textContent = text;
    row.append(cell);
  }
  return row;
}

// Step 8: draw both tables from the records. Each transaction row keeps its id in data-id.
function render(records) {
  const rows = records.map((record) => {
    const row = tableRow([record.date, record.description, record.category, formatMoney(record.amountCents)]);
    row.dataset.id = record.id;
    return row;
  });
  document.querySelector("#transactions").replaceChildren(...rows);
  const months = monthlySummary(records).map((summary) =>
    tableRow([
      summary.month,
      formatMoney(summary.incomeCents),
      formatMoney(summary.spendingCents),
      formatMoney(summary.balanceCents),
    ]),
  );
  document.querySelector("#months").replaceChildren(...months);
}

// The records on the page, as the server knows them.
const records = [];

// Step 8: load the records from the server and draw them.
async function loadTransactions() {
  const status = document.querySelector("#status");
  status.textContent = "Loading…";
  const response = await fetch("/api/transactions");
  records.push(...(await response.json()));
  render(records);
  status.textContent = "";
}

loadTransactions();

// Step 9: turn the form's fields into a record, or throw a ValidationError.
export function formToRecord(fields) {
  // Your code here
}

// Step 9: send one record to the server and return the record it saved.
async function saveTransaction(record) {
  // Your code here
}

// Step 9: when the form is submitted, check it, save it, show it.
const form = document.querySelector("#add-form");
// Your code here
