export function ivaRate(category, borderZone) {
  // Your code here
}

export function priceWithIva(cents, category, borderZone) {
  // Your code here
}

export function ivaLabel(category, borderZone) {
  // Your code here
}
