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
  const next = (numberOf(code) + 1) % 1000000;
  return trackingCode(cityOf(code), next);
}

export function normalizeCode(typed) {
  const clean = typed.trim().toUpperCase();
  const dash = clean.indexOf("-");
  const city = clean.slice(0, dash);
  const number = Number(clean.slice(dash + 1));
  return trackingCode(city, number);
}
