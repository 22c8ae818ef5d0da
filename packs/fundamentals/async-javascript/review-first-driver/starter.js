export function requestRide(drivers, trip, ms) {
  // Your code here
}
