import { describe, test, expect } from '@jest/globals';
import { countFree, isFree, findPair } from './solution';

const makeChart = () => [
  ["X", ".", "X", "X"],
  ["X", "X", ".", "."],
  [".", ".", "X", "."],
];

describe('the existing functions still work', () => {
  test('countFree counts the free seats in every row', () => {
    expect(countFree(makeChart())).toBe(6);
    expect(countFree([["X", "X"]])).toBe(0);
  });

  test('isFree answers for seats inside the chart', () => {
    expect(isFree(makeChart(), 0, 1)).toBe(true);
    expect(isFree(makeChart(), 0, 0)).toBe(false);
    expect(isFree(makeChart(), 2, 3)).toBe(true);
  });
});

describe('isFree outside the chart', () => {
  test('a row after the last one is not free', () => {
    expect(isFree(makeChart(), 7, 0)).toBe(false);
  });

  test('a negative row is not free', () => {
    expect(isFree(makeChart(), -1, 0)).toBe(false);
  });

  test('a seat after the end of a row is not free', () => {
    expect(isFree(makeChart(), 0, 9)).toBe(false);
  });
});

describe('findPair', () => {
  test('finds the first pair of free seats side by side', () => {
    expect(findPair(makeChart())).toEqual([1, 2]);
  });

  test('finds a pair at the start of a row', () => {
    expect(findPair([["X", "X", "X"], [".", ".", "X"]])).toEqual([1, 0]);
  });

  test('returns the first pair when a row has several', () => {
    expect(findPair([["X", ".", ".", "."]])).toEqual([0, 1]);
  });

  test('returns null when there is no pair', () => {
    expect(findPair([[".", "X"], ["X", "."]])).toBeNull();
  });

  test('seats in different rows are not side by side', () => {
    expect(findPair([["X", "X", "."], [".", "X", "X"]])).toBeNull();
  });

  test('returns null for a full bus', () => {
    expect(findPair([["X", "X"], ["X", "X"]])).toBeNull();
  });

  test('does not change the chart', () => {
    const chart = makeChart();
    findPair(chart);
    expect(chart).toEqual(makeChart());
  });
});
