export function parseReadings(text) {
  // Your code here
}
