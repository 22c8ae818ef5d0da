export function volumetricKg(lengthCm, widthCm, heightCm) {
  // Your code here
}

export function chargeableKg(actualKg, lengthCm, widthCm, heightCm) {
  // Your code here
}

export function pricePerKg(zone) {
  // Your code here
}

export function shippingQuote(actualKg, lengthCm, widthCm, heightCm, zone, express) {
  // Your code here
}
