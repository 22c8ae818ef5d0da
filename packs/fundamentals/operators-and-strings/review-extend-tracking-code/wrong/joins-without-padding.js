// Joins the cleaned pieces back together without padding the number to six digits.
export function trackingCode(city, orderNumber) {
  return city.toUpperCase() + "-" + String(orderNumber).padStart(6, "0");
}

export function cityOf(code) {
  return code.slice(0, 3);
}

export function numberOf(code) {
  return Number(code.slice(4));
}

export function nextCode(code) {
  return trackingCode(cityOf(code), (numberOf(code) + 1) % 1000000);
}

export function normalizeCode(typed) {
  const clean = typed.trim().toUpperCase();
  const dash = clean.indexOf("-");
  return clean.slice(0, dash) + "-" + clean.slice(dash + 1);
}
