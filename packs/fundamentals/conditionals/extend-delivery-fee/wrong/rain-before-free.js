// Wrong order: adds the rain surcharge even to a free delivery.
export function deliveryFee(km, subtotal, raining) {
  if (km > 10) {
    return null;
  }
  let fee;
  if (subtotal >= 30000) {
    fee = 0;
  } else if (km <= 2) {
    fee = 2500;
  } else if (km <= 5) {
    fee = 3900;
  } else {
    fee = 5900;
  }
  if (raining) {
    fee = fee + 1000;
  }
  return fee;
}
