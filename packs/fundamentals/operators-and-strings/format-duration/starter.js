export function formatDuration(totalMinutes) {
  // Your code here
}
