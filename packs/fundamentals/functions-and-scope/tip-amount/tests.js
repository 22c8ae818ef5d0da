import { describe, test, expect } from '@jest/globals';
import { tipAmount } from './solution';

describe('tipAmount', () => {
  test('gives 10% of a $500.00 bill', () => {
    expect(tipAmount(50000, 10)).toBe(5000);
  });

  test('gives 15% of 80000 centavos', () => {
    expect(tipAmount(80000, 15)).toBe(12000);
  });

  test('gives 20% of 4500 centavos', () => {
    expect(tipAmount(4500, 20)).toBe(900);
  });

  test('rounds to the nearest centavo', () => {
    expect(tipAmount(33333, 15)).toBe(5000);
    expect(tipAmount(1999, 10)).toBe(200);
    expect(tipAmount(1234, 10)).toBe(123);
  });

  test('rounds a tip of exactly half a centavo up', () => {
    expect(tipAmount(50, 15)).toBe(8);
    expect(tipAmount(5, 10)).toBe(1);
  });

  test('returns zero when the tip is 0%', () => {
    expect(tipAmount(30000, 0)).toBe(0);
  });

  test('returns zero when the bill is zero', () => {
    expect(tipAmount(0, 18)).toBe(0);
  });

  test('works for a 100% tip', () => {
    expect(tipAmount(1200, 100)).toBe(1200);
  });

  test('returns a whole number', () => {
    expect(Number.isInteger(tipAmount(2599, 18))).toBe(true);
  });
});
