export function biggestTile(width, length) {
  // Your code here
}
