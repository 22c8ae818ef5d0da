// Wrong approach: walks the outer ring once and forgets to go around the rings inside.
export function spiralRoute(grid) {
  const route = [];
  if (grid.length === 0 || grid[0].length === 0) return route;
  const bottom = grid.length - 1;
  const right = grid[0].length - 1;
  for (let col = 0; col <= right; col++) route.push(grid[0][col]);
  for (let row = 1; row <= bottom; row++) route.push(grid[row][right]);
  if (bottom > 0) for (let col = right - 1; col >= 0; col--) route.push(grid[bottom][col]);
  if (right > 0) for (let row = bottom - 1; row >= 1; row--) route.push(grid[row][0]);
  return route;
}
