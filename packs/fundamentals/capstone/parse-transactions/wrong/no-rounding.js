// Wrong approach: multiplies the pesos by 100 without Math.round, so "-81.10" becomes -8109.999999999999 centavos.
// Step 1: turn one line of text into a transaction record, with the amount in centavos.
export function parseLine(line) {
  const parts = line.split(";");
  return {
    date: parts[0].trim(),
    category: (parts[1] ?? "").trim().toLowerCase(),
    amountCents: Number((parts[2] ?? "").trim()) * 100,
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
