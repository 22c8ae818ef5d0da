export function arrivalMessage(getArrival, stopId) {
  // Your code here
}
