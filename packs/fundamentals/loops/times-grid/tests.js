import { describe, test, expect } from '@jest/globals';
import { timesGrid } from './solution';

describe('timesGrid', () => {
  test('a grid of size 1 is just 1', () => {
    expect(timesGrid(1)).toBe('1');
  });

  test('builds a 2 by 2 grid', () => {
    expect(timesGrid(2)).toBe('1 2\n2 4');
  });

  test('builds a 3 by 3 grid', () => {
    expect(timesGrid(3)).toBe('1 2 3\n2 4 6\n3 6 9');
  });

  test('pads numbers to two characters in a 4 by 4 grid', () => {
    expect(timesGrid(4)).toBe(' 1  2  3  4\n 2  4  6  8\n 3  6  9 12\n 4  8 12 16');
  });

  test('pads numbers to three characters in a 10 by 10 grid', () => {
    const grid = timesGrid(10);
    expect(grid).toMatch(/^  1   2   3 /);
    expect(grid).toMatch(/ 90 100$/);
    expect(grid).toHaveLength(10 * 40 - 1);
  });

  test('has no newline at the end', () => {
    expect(timesGrid(3)).not.toMatch(/\n$/);
  });

  test('returns an empty string for size 0', () => {
    expect(timesGrid(0)).toBe('');
  });

  test('returns an empty string for a negative size', () => {
    expect(timesGrid(-2)).toBe('');
  });
});
