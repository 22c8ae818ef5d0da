import { describe, test, expect } from '@jest/globals';
import { temperatureRange } from './solution';

describe('temperatureRange', () => {
  test('finds the lowest and highest of a summer day', () => {
    expect(temperatureRange([18, 22, 15, 27, 20])).toEqual([15, 27]);
  });

  test('works when every reading is below zero', () => {
    expect(temperatureRange([-3, -8, -1])).toEqual([-8, -1]);
  });

  test('returns the same number twice for one reading', () => {
    expect(temperatureRange([21])).toEqual([21, 21]);
  });

  test('returns null when there are no readings', () => {
    expect(temperatureRange([])).toBeNull();
  });

  test('works with decimals', () => {
    expect(temperatureRange([12.5, 12.25, 13.75])).toEqual([12.25, 13.75]);
  });

  test('finds extremes at the start and the end', () => {
    expect(temperatureRange([30, 25, 26, 10])).toEqual([10, 30]);
  });

  test('handles zero and repeated values', () => {
    expect(temperatureRange([0, 0, 0])).toEqual([0, 0]);
  });

  test('does not change the array it receives', () => {
    const temps = [18, 15, 27];
    temperatureRange(temps);
    expect(temps).toEqual([18, 15, 27]);
  });
});
