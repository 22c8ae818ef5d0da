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

const LONG_TRIP_KM = 10;
const LONG_TRIP_BONUS = 2000;
const RAIN_BONUS = 1500;
const MINIMUM_PAY = 3500;

export function tripPay(km, day, raining) {
  if (typeof km !== "number" || km <= 0) {
    return 0;
  }
  let pay = Math.round(basePay(km) * dayMultiplier(day));
  if (km > LONG_TRIP_KM) {
    pay += LONG_TRIP_BONUS;
  }
  if (raining) {
    pay += RAIN_BONUS;
  }
  return Math.max(pay, MINIMUM_PAY);
}

export function tripLabel(km, day, raining) {
  const pay = tripPay(km, day, raining);
  const note = raining && pay > 0 ? " (rain bonus included)" : "";
  return `Trip pay: ${pay} centavos${note}`;
}
