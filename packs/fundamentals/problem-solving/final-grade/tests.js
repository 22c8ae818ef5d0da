import { describe, test, expect } from '@jest/globals';
import { finalGrade } from './solution';

describe('finalGrade', () => {
  test('drops the lowest score and rounds to one decimal', () => {
    expect(finalGrade([70, 85, 40, 90])).toBe(81.7);
  });

  test('drops nothing with only two scores', () => {
    expect(finalGrade([60, 80])).toBe(70);
  });

  test('drops only one of two equal lowest scores', () => {
    expect(finalGrade([100, 0, 0])).toBe(50);
  });

  test('returns null for no scores', () => {
    expect(finalGrade([])).toBeNull();
  });

  test('ignores scores outside 0 to 100', () => {
    expect(finalGrade([120, -5])).toBeNull();
    expect(finalGrade([101, 90, -1, 80])).toBe(85);
  });

  test('uses a single score as it is', () => {
    expect(finalGrade([73])).toBe(73);
  });

  test('keeps the average of equal scores', () => {
    expect(finalGrade([50, 50, 50])).toBe(50);
  });

  test('does not change the array it receives', () => {
    const scores = [90, 30, 60];
    finalGrade(scores);
    expect(scores).toEqual([90, 30, 60]);
  });
});
