export function spiralRoute(grid) {
  // Your code here
}
