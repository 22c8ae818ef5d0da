import { describe, test, expect } from '@jest/globals';
import { snakeGrid } from './solution';

describe('snakeGrid', () => {
  test('draws a padded chart', () => {
    expect(snakeGrid(3, 4)).toBe(' 1  2  3  4\n 8  7  6  5\n 9 10 11 12');
  });

  test('draws a small chart without padding', () => {
    expect(snakeGrid(2, 3)).toBe('1 2 3\n6 5 4');
  });

  test('draws a single seat', () => {
    expect(snakeGrid(1, 1)).toBe('1');
  });

  test('returns an empty string when there are no rows or seats', () => {
    expect(snakeGrid(0, 5)).toBe('');
    expect(snakeGrid(4, 0)).toBe('');
  });

  test('draws a single row left to right', () => {
    expect(snakeGrid(1, 5)).toBe('1 2 3 4 5');
  });

  test('draws a single column', () => {
    expect(snakeGrid(3, 1)).toBe('1\n2\n3');
  });

  test('pads to three characters past 99 seats', () => {
    const lines = snakeGrid(10, 10).split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0].slice(0, 7)).toBe('  1   2');
    expect(lines[9]).toBe('100  99  98  97  96  95  94  93  92  91');
  });
});
