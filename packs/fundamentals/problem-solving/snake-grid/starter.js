export function snakeGrid(rows, cols) {
  // Your code here
}
