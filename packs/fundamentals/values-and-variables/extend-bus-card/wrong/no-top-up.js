// Wrong approach: forgets to add the top-up before paying for the trips.
const FARE = 950;

export function balanceAfterTrips(balance, trips) {
  return balance - trips * FARE;
}

export function canBoard(balance) {
  return balance >= FARE;
}

export function dayReport(start, topUp, trips) {
  const end = balanceAfterTrips(start, trips);
  return `Start ${start}, top-up ${topUp}, ${trips} trips, end ${end}, can board: ${canBoard(end)}`;
}
