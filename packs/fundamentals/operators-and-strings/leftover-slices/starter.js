export function leftoverSlices(slices, people) {
  // Your code here
}
