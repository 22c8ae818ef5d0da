// Gives the border zone 8% before looking at the category, so food at the border is taxed.
export function ivaRate(category, borderZone) {
  const clean = category.trim().toLowerCase();
  if (borderZone && clean !== "") {
    return 0.08;
  }
  switch (clean) {
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
