import { describe, test, expect } from '@jest/globals';
import { tipAmount } from './solution';

describe('tipAmount', () => {
  test('gives 10% of 50', () => {
    expect(tipAmount(50, 10)).toBe(5);
  });

  test('gives 15% of 80', () => {
    expect(tipAmount(80, 15)).toBe(12);
  });

  test('gives 20% of 45', () => {
    expect(tipAmount(45, 20)).toBe(9);
  });

  test('keeps decimals without rounding', () => {
    expect(tipAmount(25, 15)).toBeCloseTo(3.75);
  });

  test('returns zero when the tip is 0%', () => {
    expect(tipAmount(30, 0)).toBe(0);
  });

  test('returns zero when the bill is zero', () => {
    expect(tipAmount(0, 18)).toBe(0);
  });

  test('works for a 100% tip', () => {
    expect(tipAmount(12, 100)).toBe(12);
  });

  test('returns a number', () => {
    expect(typeof tipAmount(40, 10)).toBe('number');
  });
});
