import { describe, test, expect } from '@jest/globals';
import { addTax } from './solution';

describe('addTax', () => {
  test('adds 20% to two prices', () => {
    const result = addTax([10, 50], 20);
    expect(result).toHaveLength(2);
    expect(result[0]).toBeCloseTo(12);
    expect(result[1]).toBeCloseTo(60);
  });

  test('adds 21% to prices with cents', () => {
    const result = addTax([10, 2.5, 99.99], 21);
    expect(result).toHaveLength(3);
    expect(result[0]).toBeCloseTo(12.1);
    expect(result[1]).toBeCloseTo(3.025);
    expect(result[2]).toBeCloseTo(120.9879);
  });

  test('a rate of zero keeps the prices', () => {
    expect(addTax([100, 8], 0)).toEqual([100, 8]);
  });

  test('returns an empty array for an empty price list', () => {
    expect(addTax([], 21)).toEqual([]);
  });

  test('a free item stays free', () => {
    expect(addTax([0], 21)[0]).toBeCloseTo(0);
  });

  test('a refund gives back the tax too', () => {
    expect(addTax([-10], 10)[0]).toBeCloseTo(-11);
  });

  test('does not change the original array', () => {
    const prices = [10, 20];
    const result = addTax(prices, 50);
    expect(prices).toEqual([10, 20]);
    expect(result).not.toBe(prices);
  });
});
