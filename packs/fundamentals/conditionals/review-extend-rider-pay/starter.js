const PER_KM = 800;

export function basePay(km) {
  return km * PER_KM;
}

export function dayMultiplier(day) {
  switch (day) {
    case "saturday":
    case "sunday":
      return 1.25;
    default:
      return 1;
  }
}

export function tripPay(km, day) {
  return Math.round(basePay(km) * dayMultiplier(day));
}

export function tripLabel(km, day, raining) {
  // Your code here
}
