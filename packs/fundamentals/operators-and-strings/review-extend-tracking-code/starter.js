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
  // Your code here
}

export function normalizeCode(typed) {
  // Your code here
}
