export function freeSlots(busy, open, close, minLength) {
  // Your code here
}
