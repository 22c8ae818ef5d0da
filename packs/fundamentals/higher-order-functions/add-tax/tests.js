import { describe, test, expect } from '@jest/globals';
import { addTax } from './solution';

describe('addTax', () => {
  test('adds 16% IVA to two prices', () => {
    expect(addTax([1000, 5000], 16)).toEqual([1160, 5800]);
  });

  test('rounds the tax to the nearest centavo', () => {
    // 319.84 rounds to 320; 15.84 rounds to 16; 0.16 rounds to 0
    expect(addTax([1999, 99, 1], 16)).toEqual([2319, 115, 1]);
  });

  test('rounds a tax of exactly half a centavo up', () => {
    // 50 * 15 / 100 is exactly 7.5, 90 * 15 / 100 is 13.5 and 5 * 10 / 100 is 0.5
    expect(addTax([50, 90], 15)).toEqual([58, 104]);
    expect(addTax([5], 10)).toEqual([6]);
  });

  test('every result is a whole number of centavos', () => {
    for (const price of addTax([1999, 2, 33, 4567, 170], 15)) {
      expect(Number.isInteger(price)).toBe(true);
    }
  });

  test('a rate of zero keeps the prices', () => {
    expect(addTax([10000, 800], 0)).toEqual([10000, 800]);
  });

  test('returns an empty array for an empty price list', () => {
    expect(addTax([], 16)).toEqual([]);
  });

  test('a free item stays free', () => {
    expect(addTax([0], 16)).toEqual([0]);
  });

  test('a refund gives back the tax too', () => {
    expect(addTax([-1000], 16)).toEqual([-1160]);
  });

  test('does not change the original array', () => {
    const prices = [1000, 2000];
    const result = addTax(prices, 50);
    expect(prices).toEqual([1000, 2000]);
    expect(result).not.toBe(prices);
  });
});
