// Shows the record it sent instead of the one the server saved, so the new row has no id.
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
  const amountCents = Math.round(Number(fields.amount) * 100);
  if (!Number.isInteger(amountCents) || amountCents <= 0) {
    throw new ValidationError("Amount must be greater than zero.");
  }
  return {
    date: fields.date,
    category: fields.category,
    amountCents: fields.kind === "income" ? amountCents : -amountCents,
    description: fields.description.trim(),
  };
}

// Step 9: send one record to the server and return the record it saved.
async function saveTransaction(record) {
  const response = await fetch("/api/transactions", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(record),
  });
  if (!response.ok) {
    throw new Error(`Saving failed: ${response.status}`);
  }
  return response.json();
}

// Step 9: when the form is submitted, check it, save it, show it.
const form = document.querySelector("#add-form");
const formError = document.querySelector("#form-error");
const button = form.querySelector("button");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  let record;
  try {
    record = formToRecord(Object.fromEntries(new FormData(form)));
  } catch (error) {
    if (error instanceof ValidationError) {
      formError.textContent = error.message;
      return;
    }
    throw error;
  }
  formError.textContent = "";
  button.disabled = true;
  try {
    await saveTransaction(record);
    records.push(record);
    render(records);
    form.reset();
  } finally {
    button.disabled = false;
  }
});
