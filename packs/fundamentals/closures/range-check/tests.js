import { describe, test, expect } from '@jest/globals';
import { makeRangeCheck } from './solution';

describe('makeRangeCheck', () => {
  test('accepts a value inside the range', () => {
    const orchidHappy = makeRangeCheck(18, 27);
    expect(orchidHappy(22)).toBe(true);
  });

  test('accepts both limits', () => {
    const orchidHappy = makeRangeCheck(18, 27);
    expect(orchidHappy(18)).toBe(true);
    expect(orchidHappy(27)).toBe(true);
  });

  test('rejects values outside the range', () => {
    const orchidHappy = makeRangeCheck(18, 27);
    expect(orchidHappy(30)).toBe(false);
    expect(orchidHappy(17.9)).toBe(false);
  });

  test('works with negative numbers', () => {
    const frost = makeRangeCheck(-5, 5);
    expect(frost(-6)).toBe(false);
    expect(frost(-5)).toBe(true);
    expect(frost(0)).toBe(true);
  });

  test('works as a callback for filter', () => {
    expect([12, 18, 25, 31].filter(makeRangeCheck(15, 30))).toEqual([18, 25]);
  });

  test('accepts only one value when both limits are equal', () => {
    const exactly = makeRangeCheck(20, 20);
    expect(exactly(20)).toBe(true);
    expect(exactly(20.5)).toBe(false);
  });

  test('keeps the limits of each checker separate', () => {
    const orchid = makeRangeCheck(18, 27);
    const cactus = makeRangeCheck(10, 35);
    expect(orchid(33)).toBe(false);
    expect(cactus(33)).toBe(true);
  });
});
