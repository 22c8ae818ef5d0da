export function menuPaths(item) {
  // Your code here
}
