export function makeRangeCheck(min, max) {
  // Your code here
}
