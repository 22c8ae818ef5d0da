import { describe, test, expect } from '@jest/globals';
import { biggestTile } from './solution';

describe('biggestTile', () => {
  test('finds the biggest tile for a normal floor', () => {
    expect(biggestTile(240, 180)).toEqual({ side: 60, tiles: 12 });
  });

  test('uses one tile for a square floor', () => {
    expect(biggestTile(100, 100)).toEqual({ side: 100, tiles: 1 });
  });

  test('falls back to 1 cm tiles', () => {
    expect(biggestTile(7, 5)).toEqual({ side: 1, tiles: 35 });
  });

  test('does not care about the order of the sizes', () => {
    expect(biggestTile(180, 240)).toEqual({ side: 60, tiles: 12 });
  });

  test('handles one size dividing the other', () => {
    expect(biggestTile(300, 50)).toEqual({ side: 50, tiles: 6 });
  });

  test('returns null for a size of zero', () => {
    expect(biggestTile(0, 120)).toBeNull();
    expect(biggestTile(120, 0)).toBeNull();
  });

  test('returns null for a negative size', () => {
    expect(biggestTile(-60, 120)).toBeNull();
  });
});
