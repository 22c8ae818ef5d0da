import { describe, test, expect } from '@jest/globals';
import { countPairs } from './solution';

describe('countPairs', () => {
  test('counts the pairs in the example', () => {
    expect(countPairs([300, 900, 500, 700, 100], 1000)).toBe(2);
  });

  test('returns 0 for an empty list and for a single movement', () => {
    expect(countPairs([], 1000)).toBe(0);
    expect(countPairs([1000], 1000)).toBe(0);
  });

  test('never pairs a movement with itself', () => {
    expect(countPairs([500], 1000)).toBe(0);
    expect(countPairs([500, 200], 1000)).toBe(0);
  });

  test('counts pairs by position when amounts repeat', () => {
    expect(countPairs([500, 500, 500], 1000)).toBe(3);
    expect(countPairs([400, 600, 600, 400], 1000)).toBe(4);
  });

  test('works with refunds and a zero target', () => {
    expect(countPairs([-200, 1200, 1000], 1000)).toBe(1);
    expect(countPairs([250, -250, 0, 0], 0)).toBe(2);
  });

  test('returns 0 when nothing adds up', () => {
    expect(countPairs([100, 200, 300], 1000)).toBe(0);
  });

  test('does not change the list', () => {
    const amounts = [700, 300, 300];
    countPairs(amounts, 1000);
    expect(amounts).toEqual([700, 300, 300]);
  });

  test('counts every pair in a long list', () => {
    const amounts = [];
    for (let i = 0; i < 200; i++) amounts.push(i % 2 === 0 ? 250 : 750);
    expect(countPairs(amounts, 1000)).toBe(100 * 100);
  });
});
