export function temperatureRange(temps) {
  // Your code here
}
