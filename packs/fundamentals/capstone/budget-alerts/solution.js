// Step 1: turn one line of text into a transaction record, with the amount in centavos.
export function parseLine(line) {
  const parts = line.split(";");
  return {
    date: parts[0].trim(),
    category: (parts[1] ?? "").trim().toLowerCase(),
    amountCents: Math.round(Number((parts[2] ?? "").trim()) * 100),
    description: parts.slice(3).join(";").trim(),
  };
}

// Step 1: turn a whole text into records, skipping blank lines and # comments.
export function parseTransactions(text) {
  const records = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) {
      continue;
    }
    records.push(parseLine(trimmed));
  }
  return records;
}

// Step 2: the error thrown for a bad record.
export class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = "ValidationError";
  }
}

// Step 2: check one record; throw a ValidationError if something is wrong.
export function validateRecord(record) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(record.date)) {
    throw new ValidationError("invalid date");
  }
  const month = Number(record.date.slice(5, 7));
  const day = Number(record.date.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    throw new ValidationError("invalid date");
  }
  if (record.category === "") {
    throw new ValidationError("missing category");
  }
  if (!Number.isInteger(record.amountCents) || record.amountCents === 0) {
    throw new ValidationError("invalid amount");
  }
  return record;
}

// Step 2: parse and validate a whole text, reporting the line of the first problem.
export function readTransactions(text) {
  const records = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (trimmed === "" || trimmed.startsWith("#")) {
      continue;
    }
    try {
      records.push(validateRecord(parseLine(trimmed)));
    } catch (error) {
      if (error instanceof ValidationError) {
        throw new ValidationError(`Line ${i + 1}: ${error.message}`);
      }
      throw error;
    }
  }
  return records;
}

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
