export function parseStatement(csv) {
  const lines = csv.split("\n");
  const movements = [];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      continue;
    }

    const fields = line.split(",").map((field) => field.trim());
    const [date, description, amount, postal] = fields;

    const centavos = Number(amount) * 100;
    if (amount === "" || Number.isNaN(centavos)) {
      throw new Error(`Line ${i}: invalid amount "${amount}"`);
    }

    const postalCode = Number(postal);
    if (String(postalCode).length !== 5) {
      throw new Error(`Line ${i + 1}: invalid postal code "${postal}"`);
    }

    movements.push({ date, description, centavos, postalCode });
  }

  return movements;
}
