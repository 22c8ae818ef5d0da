import { describe, test, expect } from '@jest/globals';
import { addTax } from './solution';

describe('addTax', () => {
  test('adds 16% IVA to two prices', () => {
    const result = addTax([100, 250], 16);
    expect(result).toHaveLength(2);
    expect(result[0]).toBeCloseTo(116);
    expect(result[1]).toBeCloseTo(290);
  });

  test('adds the 8% border-region rate to prices with cents', () => {
    const result = addTax([10, 2.5, 99.99], 8);
    expect(result).toHaveLength(3);
    expect(result[0]).toBeCloseTo(10.8);
    expect(result[1]).toBeCloseTo(2.7);
    expect(result[2]).toBeCloseTo(107.9892);
  });

  test('a rate of zero keeps the prices', () => {
    expect(addTax([100, 8], 0)).toEqual([100, 8]);
  });

  test('returns an empty array for an empty price list', () => {
    expect(addTax([], 16)).toEqual([]);
  });

  test('a free item stays free', () => {
    expect(addTax([0], 16)[0]).toBeCloseTo(0);
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
