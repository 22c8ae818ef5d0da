export function mergeReadings(saved, incoming) {
  // Your code here
}
