export function ordersPerHour(times) {
  // Your code here
}

export function busiestHour(times) {
  // Your code here
}

export function quietHours(times, openHour, closeHour) {
  // Your code here
}
