// Budget tracker, step 2. Step 1 is finished: use it.
// Your work is at the bottom of this file.

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

// Step 2: the error thrown for a bad record. (Already written for you.)
export class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.name = "ValidationError";
  }
}

// Step 2: check one record; throw a ValidationError if something is wrong.
export function validateRecord(record) {
  // Your code here
}

// Step 2: parse and validate a whole text, reporting the line of the first problem.
export function readTransactions(text) {
  // Your code here
}
