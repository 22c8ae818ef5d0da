import { describe, test, expect } from '@jest/globals';
import { parseReadings, coldestAndWarmest } from './solution';

describe('parseReadings', () => {
  test('returns the readings as numbers', () => {
    expect(parseReadings("3,-2, 12, 9")).toEqual([3, -2, 12, 9]);
  });

  test('reads decimals', () => {
    expect(parseReadings("-0.5, 1.5")).toEqual([-0.5, 1.5]);
  });

  test('a single reading gives an array of one number', () => {
    expect(parseReadings("7")).toEqual([7]);
  });
});

describe('coldestAndWarmest', () => {
  test('finds the lowest and the highest reading', () => {
    expect(coldestAndWarmest([3, -2, 12, 9])).toEqual([-2, 12]);
  });

  test('works when every reading is below zero', () => {
    expect(coldestAndWarmest([-4, -1, -7])).toEqual([-7, -1]);
  });

  test('works when every reading is above zero', () => {
    expect(coldestAndWarmest([14, 22, 18])).toEqual([14, 22]);
  });

  test('one reading is both the coldest and the warmest', () => {
    expect(coldestAndWarmest([5])).toEqual([5, 5]);
  });

  test('does not change the array it receives', () => {
    const readings = [3, -2, 12];
    coldestAndWarmest(readings);
    expect(readings).toEqual([3, -2, 12]);
  });
});

describe('the whole report', () => {
  test('compares two-digit readings as numbers, not as text', () => {
    expect(coldestAndWarmest(parseReadings("9, 10, 8"))).toEqual([8, 10]);
  });

  test('a cold night in the sierra', () => {
    expect(coldestAndWarmest(parseReadings("-3,-11, -6,-1"))).toEqual([-11, -1]);
  });
});
