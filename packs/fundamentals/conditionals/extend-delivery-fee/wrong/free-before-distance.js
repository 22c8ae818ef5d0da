// Wrong order: a big order gets free delivery even when it is too far to deliver.
export function deliveryFee(km, subtotal, raining) {
  if (subtotal >= 30000) {
    return 0;
  }
  if (km > 10) {
    return null;
  }
  let fee;
  if (km <= 2) {
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
