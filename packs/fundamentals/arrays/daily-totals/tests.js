import { describe, test, expect } from '@jest/globals';
import { dailyTotals } from './solution';

describe('dailyTotals', () => {
  test('adds up each day over three weeks', () => {
    const sales = [
      [120, 80, 95],
      [100, 90, 60],
      [130, 70, 85],
    ];
    expect(dailyTotals(sales)).toEqual([350, 240, 240]);
  });

  test('returns the only row when there is one week', () => {
    expect(dailyTotals([[5, 10]])).toEqual([5, 10]);
  });

  test('works with a single day per week', () => {
    expect(dailyTotals([[1], [2], [3]])).toEqual([6]);
  });

  test('returns an empty array when there are no weeks', () => {
    expect(dailyTotals([])).toEqual([]);
  });

  test('handles zeros and refunds', () => {
    expect(dailyTotals([[0, -20], [0, 50]])).toEqual([0, 30]);
  });

  test('handles decimals', () => {
    const totals = dailyTotals([[1.5, 2.25], [1.5, 0.75]]);
    expect(totals[0]).toBeCloseTo(3);
    expect(totals[1]).toBeCloseTo(3);
  });

  test('returns one total per day', () => {
    expect(dailyTotals([[1, 2, 3, 4, 5, 6, 7], [1, 1, 1, 1, 1, 1, 1]])).toHaveLength(7);
  });

  test('does not change the table it receives', () => {
    const sales = [[1, 2], [3, 4]];
    dailyTotals(sales);
    expect(sales).toEqual([[1, 2], [3, 4]]);
  });
});
