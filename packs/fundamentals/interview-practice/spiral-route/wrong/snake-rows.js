// Wrong approach: reads the rows like a snake (left to right, then right to left) instead of going around.
export function spiralRoute(grid) {
  const route = [];
  grid.forEach((row, index) => {
    const bins = index % 2 === 0 ? row : [...row].reverse();
    route.push(...bins);
  });
  return route;
}
