export function timesGrid(size) {
  // Your code here
}
