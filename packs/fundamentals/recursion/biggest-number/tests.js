import { describe, test, expect } from '@jest/globals';
import { bestScore } from './solution';

describe('bestScore', () => {
  test('finds the best score in the middle', () => {
    expect(bestScore([2, 5, 1, 3])).toBe(5);
  });

  test('finds the best score at the start', () => {
    expect(bestScore([9, 2, 4])).toBe(9);
  });

  test('finds the best score at the end', () => {
    expect(bestScore([1, 2, 8])).toBe(8);
  });

  test('returns the only score of a one item list', () => {
    expect(bestScore([4])).toBe(4);
  });

  test('returns null for an empty list', () => {
    expect(bestScore([])).toBeNull();
  });

  test('works when every number is negative', () => {
    expect(bestScore([-3, -1, -7])).toBe(-1);
  });

  test('works with zeros and repeated values', () => {
    expect(bestScore([0, 0, 0])).toBe(0);
    expect(bestScore([3, 6, 6, 2])).toBe(6);
  });

  test('does not change the array it receives', () => {
    const scores = [1, 4, 2];
    bestScore(scores);
    expect(scores).toEqual([1, 4, 2]);
  });
});
