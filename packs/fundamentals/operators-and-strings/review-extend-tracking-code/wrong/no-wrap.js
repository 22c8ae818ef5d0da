// Forgets that the counter has six digits, so after 999999 comes a seven-digit 1000000.
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
  return trackingCode(cityOf(code), numberOf(code) + 1);
}

export function normalizeCode(typed) {
  const clean = typed.trim().toUpperCase();
  const dash = clean.indexOf("-");
  return trackingCode(clean.slice(0, dash), Number(clean.slice(dash + 1)));
}
