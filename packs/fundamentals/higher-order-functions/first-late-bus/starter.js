export function firstLateBus(buses, tolerance) {
  // Your code here
}
