// Wrong approach: never re-checks the borders inside the loop, so a last ring of one row or column is walked twice.
export function spiralRoute(grid) {
  const route = [];
  if (grid.length === 0) return route;
  let top = 0;
  let bottom = grid.length - 1;
  let left = 0;
  let right = grid[0].length - 1;
  while (top <= bottom && left <= right) {
    for (let col = left; col <= right; col++) route.push(grid[top][col]);
    top++;
    for (let row = top; row <= bottom; row++) route.push(grid[row][right]);
    right--;
    for (let col = right; col >= left; col--) route.push(grid[bottom][col]);
    bottom--;
    for (let row = bottom; row >= top; row--) route.push(grid[row][left]);
    left++;
  }
  return route;
}
