const FARE = 950;

export function balanceAfterTrips(balance, trips) {
  return balance - trips * FARE;
}

export function canBoard(balance) {
  return balance >= FARE;
}

export function dayReport(start, topUp, trips) {
  // Your code here
}
