export function savedBetween(firstDay, lastDay) {
  // Your code here
}
