export function tripStations(line, from, to) {
  // Your code here
}

export function tripSummary(line, from, to) {
  // Your code here
}
