import { describe, test, expect } from '@jest/globals';
import { spiralRoute } from './solution';

// Builds a grid of labels like "A1", "A2", ... "B1" with the given size.
function warehouse(rows, cols) {
  const grid = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 1; c <= cols; c++) row.push('ABCDEFGH'[r] + c);
    grid.push(row);
  }
  return grid;
}

describe('spiralRoute', () => {
  test('walks the 3 x 4 example', () => {
    expect(spiralRoute(warehouse(3, 4))).toEqual(
      ['A1', 'A2', 'A3', 'A4', 'B4', 'C4', 'C3', 'C2', 'C1', 'B1', 'B2', 'B3']);
  });

  test('walks a square grid with an inner ring', () => {
    expect(spiralRoute(warehouse(4, 4))).toEqual([
      'A1', 'A2', 'A3', 'A4', 'B4', 'C4', 'D4', 'D3', 'D2', 'D1', 'C1', 'B1',
      'B2', 'B3', 'C3', 'C2',
    ]);
    expect(spiralRoute(warehouse(3, 3))).toEqual(
      ['A1', 'A2', 'A3', 'B3', 'C3', 'C2', 'C1', 'B1', 'B2']);
  });

  test('a single row or a single column is walked once', () => {
    expect(spiralRoute(warehouse(1, 3))).toEqual(['A1', 'A2', 'A3']);
    expect(spiralRoute(warehouse(4, 1))).toEqual(['A1', 'B1', 'C1', 'D1']);
    expect(spiralRoute([['solo']])).toEqual(['solo']);
  });

  test('an inner ring that is one row or one column is walked once', () => {
    expect(spiralRoute(warehouse(3, 5))).toEqual([
      'A1', 'A2', 'A3', 'A4', 'A5', 'B5', 'C5', 'C4', 'C3', 'C2', 'C1', 'B1',
      'B2', 'B3', 'B4',
    ]);
    expect(spiralRoute(warehouse(5, 3))).toEqual([
      'A1', 'A2', 'A3', 'B3', 'C3', 'D3', 'E3', 'E2', 'E1', 'D1', 'C1', 'B1',
      'B2', 'C2', 'D2',
    ]);
  });

  test('visits every bin exactly once in bigger grids', () => {
    for (const [rows, cols] of [[2, 7], [7, 2], [6, 8], [8, 5]]) {
      const route = spiralRoute(warehouse(rows, cols));
      expect(route).toHaveLength(rows * cols);
      expect(new Set(route).size).toBe(rows * cols);
    }
  });

  test('an empty grid gives an empty route', () => {
    expect(spiralRoute([])).toEqual([]);
    expect(spiralRoute([[], []])).toEqual([]);
  });

  test('does not change the grid', () => {
    const grid = warehouse(3, 4);
    spiralRoute(grid);
    expect(grid).toEqual(warehouse(3, 4));
  });
});
