const FARE = 950;

export function balanceAfterTrips(balance, trips) {
  return balance - trips * FARE;
}

export function canBoard(balance) {
  return balance >= FARE;
}

export function dayReport(start, topUp, trips) {
  const afterTopUp = start + topUp;
  const end = balanceAfterTrips(afterTopUp, trips);
  return `Start ${start}, top-up ${topUp}, ${trips} trips, end ${end}, can board: ${canBoard(end)}`;
}
