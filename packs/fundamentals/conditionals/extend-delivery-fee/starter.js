export function deliveryFee(km) {
  if (km <= 2) {
    return 2500;
  } else if (km <= 5) {
    return 3900;
  } else {
    return 5900;
  }
}
