import { describe, test, expect } from '@jest/globals';
import { savedBetween } from './solution';

describe('savedBetween', () => {
  test('adds up days 1 to 4', () => {
    expect(savedBetween(1, 4)).toBe(10);
  });

  test('adds up days 5 to 7', () => {
    expect(savedBetween(5, 7)).toBe(18);
  });

  test('a single day saves that day', () => {
    expect(savedBetween(3, 3)).toBe(3);
  });

  test('a whole year of the challenge', () => {
    expect(savedBetween(1, 365)).toBe(66795);
  });

  test('returns 0 when the first day is after the last day', () => {
    expect(savedBetween(8, 2)).toBe(0);
  });

  test('day zero adds nothing', () => {
    expect(savedBetween(0, 0)).toBe(0);
    expect(savedBetween(0, 3)).toBe(6);
  });

  test('works with negative numbers too', () => {
    expect(savedBetween(-3, 3)).toBe(0);
    expect(savedBetween(-4, -2)).toBe(-9);
  });
});
