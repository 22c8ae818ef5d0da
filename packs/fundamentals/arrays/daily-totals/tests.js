import { describe, test, expect } from '@jest/globals';
import { dailyTotals } from './solution';

describe('dailyTotals', () => {
  test('adds up each day over three weeks', () => {
    const sales = [
      [120050, 80000, 95025],
      [100000, 90050, 60000],
      [130000, 70000, 85075],
    ];
    expect(dailyTotals(sales)).toEqual([350050, 240050, 240100]);
  });

  test('returns the only row when there is one week', () => {
    expect(dailyTotals([[500, 1000]])).toEqual([500, 1000]);
  });

  test('works with a single day per week', () => {
    expect(dailyTotals([[100], [250], [325]])).toEqual([675]);
  });

  test('returns an empty array when there are no weeks', () => {
    expect(dailyTotals([])).toEqual([]);
  });

  test('handles zeros and refunds', () => {
    expect(dailyTotals([[0, -2000], [0, 5000]])).toEqual([0, 3000]);
  });

  test('keeps every centavo exact', () => {
    const totals = dailyTotals([[10, 150], [20, 225], [1, 75]]);
    expect(totals[0]).toBe(31);
    expect(totals[1]).toBe(450);
  });

  test('returns one total per day', () => {
    expect(dailyTotals([[1, 2, 3, 4, 5, 6, 7], [1, 1, 1, 1, 1, 1, 1]])).toHaveLength(7);
  });

  test('does not change the table it receives', () => {
    const sales = [[100, 200], [300, 400]];
    dailyTotals(sales);
    expect(sales).toEqual([[100, 200], [300, 400]]);
  });
});
