const VOLUMETRIC_DIVISOR = 5000;
const EXPRESS_FACTOR = 1.6;

export function volumetricKg(lengthCm, widthCm, heightCm) {
  return (lengthCm * widthCm * heightCm) / VOLUMETRIC_DIVISOR;
}

export function chargeableKg(actualKg, lengthCm, widthCm, heightCm) {
  return Math.ceil(Math.max(actualKg, volumetricKg(lengthCm, widthCm, heightCm)));
}

export function pricePerKg(zone) {
  switch (zone) {
    case "local":
      return 4500;
    case "national":
      return 7000;
    case "remote":
      return 11000;
    default:
      return null;
  }
}

export function shippingQuote(actualKg, lengthCm, widthCm, heightCm, zone = "national", express = false) {
  if (actualKg <= 0 || lengthCm <= 0 || widthCm <= 0 || heightCm <= 0) {
    return null;
  }
  const perKg = pricePerKg(zone);
  if (perKg === null) {
    return null;
  }
  const price = chargeableKg(actualKg, lengthCm, widthCm, heightCm) * perKg;
  if (express) {
    return Math.round(price * EXPRESS_FACTOR);
  }
  return price;
}
