// Keeps the postal code a number and pads it back to 5 digits, so "4410" passes as "04410"
// instead of being reported.
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
      throw new Error(`Line ${i + 1}: invalid amount "${amount}"`);
    }

    const postalCode = String(Number(postal)).padStart(5, "0");
    if (!/^\d{5}$/.test(postalCode)) {
      throw new Error(`Line ${i + 1}: invalid postal code "${postal}"`);
    }

    movements.push({ date, description, centavos, postalCode });
  }

  return movements;
}
