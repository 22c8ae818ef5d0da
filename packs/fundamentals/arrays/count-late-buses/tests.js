import { describe, test, expect } from '@jest/globals';
import { countLateBuses } from './solution';

describe('countLateBuses', () => {
  test('uses a tolerance of 2 when none is given', () => {
    expect(countLateBuses([0, 5, 1, 3, -2])).toBe(2);
  });

  test('uses the tolerance it is given', () => {
    expect(countLateBuses([0, 5, 1, 3, -2], 4)).toBe(1);
  });

  test('does not count a delay equal to the tolerance', () => {
    expect(countLateBuses([2, 2, 2])).toBe(0);
  });

  test('returns 0 for a day with no trips', () => {
    expect(countLateBuses([])).toBe(0);
  });

  test('never counts early buses', () => {
    expect(countLateBuses([-1, -5, -10])).toBe(0);
  });

  test('counts every bus with a tolerance of 0', () => {
    expect(countLateBuses([1, 0, 7, 3], 0)).toBe(3);
  });

  test('counts every trip when all are late', () => {
    expect(countLateBuses([10, 15, 20, 25])).toBe(4);
  });

  test('does not change the array it receives', () => {
    const delays = [4, 0, 9];
    countLateBuses(delays);
    expect(delays).toEqual([4, 0, 9]);
  });
});
