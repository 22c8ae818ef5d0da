export function rotateShifts(people) {
  // Your code here
}
