export function freeSlots(busy, open, close, minMinutes) {
  // Your code here
}
