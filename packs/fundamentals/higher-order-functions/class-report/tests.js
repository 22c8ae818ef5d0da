import { describe, test, expect } from '@jest/globals';
import { classReport } from './solution';

describe('classReport', () => {
  test('says when everyone passed', () => {
    expect(classReport([70, 85, 60], 60)).toBe('everyone passed');
  });

  test('says when nobody passed', () => {
    expect(classReport([20, 45], 60)).toBe('nobody passed');
  });

  test('counts the passes in a mixed class', () => {
    expect(classReport([90, 40, 60, 59, 100], 60)).toBe('3 of 5 passed');
  });

  test('an empty list has no scores', () => {
    expect(classReport([], 60)).toBe('no scores');
  });

  test('a score equal to the passing score is a pass', () => {
    expect(classReport([50, 49], 50)).toBe('1 of 2 passed');
  });

  test('a single passing score means everyone passed', () => {
    expect(classReport([75], 50)).toBe('everyone passed');
  });

  test('scores of zero fail a positive passing score', () => {
    expect(classReport([0, 0, 0], 1)).toBe('nobody passed');
  });

  test('a passing score of zero lets zero scores pass', () => {
    expect(classReport([0, 10], 0)).toBe('everyone passed');
  });
});
