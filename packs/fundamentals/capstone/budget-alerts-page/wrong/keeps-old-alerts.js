// Leaves the old alerts in the list while a new month loads, so they stay when loading fails.
// Step 5: one alert for every month and category that went over its budget.
export function budgetAlerts(records, budgets) {
  const spent = new Map();
  for (const record of records) {
    if (record.amountCents >= 0 || !Object.hasOwn(budgets, record.category)) {
      continue;
    }
    const key = `${record.date.slice(0, 7)}|${record.category}`;
    spent.set(key, (spent.get(key) ?? 0) - record.amountCents);
  }
  const alerts = [];
  for (const [key, spentCents] of spent) {
    const [month, category] = key.split("|");
    const limitCents = budgets[category];
    if (spentCents > limitCents) {
      alerts.push({ month, category, spentCents, limitCents, overCents: spentCents - limitCents });
    }
  }
  return alerts.sort((a, b) => a.month.localeCompare(b.month) || b.overCents - a.overCents);
}

// Step 8: centavos shown as pesos on a page: 238255 is "$2,382.55", -700000 is "-$7,000.00".
export function formatMoney(cents) {
  const pesos = (Math.abs(cents) / 100).toLocaleString("en-US", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return cents < 0 ? `-$${pesos}` : `$${pesos}`;
}

// Step 10: one alert as a sentence: "food: spent $2,382.55 of $2,000.00 ($382.55 over)".
export function alertText(alert) {
  const { category, spentCents, limitCents, overCents } = alert;
  return `${category}: spent ${formatMoney(spentCents)} of ${formatMoney(limitCents)} (${formatMoney(overCents)} over)`;
}

// Step 10: fetch a URL and return its JSON, or throw if the server answered with an error.
export async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`Request failed with status ${response.status}`);
  }
  return response.json();
}

// Step 10: show the alerts of one month in the list.
function showAlerts(alerts) {
  const items = alerts.map((alert) => {
    const item = document.createElement("li");
    item.textContent = alertText(alert);
    return item;
  });
  document.querySelector("#alerts").replaceChildren(...items);
  document.querySelector("#status").textContent =
    alerts.length === 0 ? "Every category is within budget." : "";
}

// Step 10: load the budgets and one month's records together, then show the month's alerts.
async function loadMonth(month) {
  const status = document.querySelector("#status");
  const errorBox = document.querySelector("#error");
  status.textContent = "Loading…";
  errorBox.textContent = "";

  let budgets;
  let records;
  try {
    [budgets, records] = await Promise.all([
      getJson("/api/budgets"),
      getJson(`/api/transactions?month=${month}`),
    ]);
  } catch (error) {
    console.error(error);
    status.textContent = "";
    errorBox.textContent = `Sorry, we couldn't load ${month}. Please try again later.`;
    return;
  }
  showAlerts(budgetAlerts(records, budgets));
}

// Step 10: load the chosen month now, and again whenever the choice changes.
const monthSelect = document.querySelector("#month");
monthSelect.addEventListener("change", () => loadMonth(monthSelect.value));
loadMonth(monthSelect.value);
