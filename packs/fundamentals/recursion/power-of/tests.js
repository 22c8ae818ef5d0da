import { describe, test, expect } from '@jest/globals';
import { power } from './solution';

describe('power', () => {
  test('follows a chain message for three rounds', () => {
    expect(power(3, 3)).toBe(27);
  });

  test('doubles ten times', () => {
    expect(power(2, 10)).toBe(1024);
  });

  test('returns the base for exponent one', () => {
    expect(power(5, 1)).toBe(5);
  });

  test('returns one for exponent zero', () => {
    expect(power(7, 0)).toBe(1);
  });

  test('returns one for zero to the power of zero', () => {
    expect(power(0, 0)).toBe(1);
  });

  test('returns zero for zero to a positive power', () => {
    expect(power(0, 4)).toBe(0);
  });

  test('works with a negative base', () => {
    expect(power(-2, 3)).toBe(-8);
    expect(power(-2, 4)).toBe(16);
  });

  test('works with decimals', () => {
    expect(power(1.5, 2)).toBeCloseTo(2.25);
  });
});
