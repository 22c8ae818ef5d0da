// "$1,299.50" → 129950 (centavos). Throws for anything that isn't a price.
export function parsePrice(text) {
  const clean = text.trim().replace("$", "").replaceAll(",", "");
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) {
    throw "Invalid price: " + text;
  }
  return Math.round(Number(clean) * 100);
}

// lines: ["CUA-100;$45.00", "PLU-AZ;$8.00", ...]
// Returns { prices: { sku: centavos }, problems: ["line 3: Invalid price: abc", ...] }
export function importPrices(lines) {
  const prices = {};
  const problems = [];
  try {
    for (let i = 0; i < lines.length; i++) {
      const parts = lines[i].split(";");
      const sku = parts[0].trim();
      prices[sku] = parsePrice(parts[1] || "");
    }
  } catch (error) {
    problems.push(error.message);
  }
  return { prices, problems };
}
