export function firstRepeat(plates) {
  // Your code here
}
