import { describe, test, expect } from '@jest/globals';
import { discountAll } from './solution';

describe('discountAll', () => {
  test('takes twenty percent off', () => {
    expect(discountAll([100, 50], 20)).toEqual([80, 40]);
  });

  test('rounds to cents', () => {
    expect(discountAll([9.99], 10)).toEqual([8.99]);
    expect(discountAll([19.99, 5], 15)).toEqual([16.99, 4.25]);
  });

  test('keeps prices with zero percent', () => {
    expect(discountAll([4, 7], 0)).toEqual([4, 7]);
  });

  test('makes everything free with one hundred percent', () => {
    expect(discountAll([12, 3.5], 100)).toEqual([0, 0]);
  });

  test('returns an empty array for an empty list', () => {
    expect(discountAll([], 30)).toEqual([]);
  });

  test('keeps a price of zero at zero', () => {
    expect(discountAll([0, 10], 50)).toEqual([0, 5]);
  });

  test('does not change the array it receives', () => {
    const prices = [10, 20];
    discountAll(prices, 50);
    expect(prices).toEqual([10, 20]);
  });
});
