// Compares the category as typed, so " Food " and "GOODS" are unknown.
export function ivaRate(category, borderZone) {
  switch (category) {
    case "food":
    case "medicine":
      return 0;
    case "goods":
    case "services":
      return borderZone ? 0.08 : 0.16;
    default:
      return null;
  }
}

export function priceWithIva(cents, category, borderZone) {
  const rate = ivaRate(category, borderZone);
  if (rate === null) {
    return null;
  }
  return cents + Math.round(cents * rate);
}

export function ivaLabel(category, borderZone) {
  const rate = ivaRate(category, borderZone);
  if (rate === null) {
    return "unknown category";
  }
  return `IVA ${Math.round(rate * 100)}%`;
}
