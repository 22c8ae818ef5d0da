export function describeReading(reading) {
  // Your code here
}
