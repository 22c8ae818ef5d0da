import { describe, test, expect } from '@jest/globals';
import { firstBadDeploy } from './solution';

// A fake test suite that records every deploy it was asked about.
function suite(firstBroken, count) {
  const asked = [];
  const isBroken = (deploy) => {
    if (!Number.isInteger(deploy) || deploy < 1 || deploy > count) {
      throw new RangeError(`There is no deploy ${deploy}`);
    }
    asked.push(deploy);
    return firstBroken !== null && deploy >= firstBroken;
  };
  return { isBroken, asked };
}

describe('firstBadDeploy', () => {
  test('finds the first broken deploy in the example', () => {
    const { isBroken } = suite(37, 50);
    expect(firstBadDeploy(50, isBroken)).toBe(37);
  });

  test('returns null when every deploy works', () => {
    const { isBroken } = suite(null, 50);
    expect(firstBadDeploy(50, isBroken)).toBeNull();
  });

  test('returns null without asking anything when there are no deploys', () => {
    const { isBroken, asked } = suite(1, 0);
    expect(firstBadDeploy(0, isBroken)).toBeNull();
    expect(asked).toEqual([]);
  });

  test('the first and the last deploy can be the broken one', () => {
    expect(firstBadDeploy(50, suite(1, 50).isBroken)).toBe(1);
    expect(firstBadDeploy(50, suite(50, 50).isBroken)).toBe(50);
  });

  test('works with one and with two deploys', () => {
    expect(firstBadDeploy(1, suite(1, 1).isBroken)).toBe(1);
    expect(firstBadDeploy(1, suite(null, 1).isBroken)).toBeNull();
    expect(firstBadDeploy(2, suite(1, 2).isBroken)).toBe(1);
    expect(firstBadDeploy(2, suite(2, 2).isBroken)).toBe(2);
    expect(firstBadDeploy(2, suite(null, 2).isBroken)).toBeNull();
  });

  test('finds every possible answer in a day of 20 deploys', () => {
    for (let first = 1; first <= 20; first++) {
      expect(firstBadDeploy(20, suite(first, 20).isBroken)).toBe(first);
    }
  });

  test('asks at most 11 times for 1,000 deploys, never twice about one', () => {
    for (const first of [1, 2, 499, 500, 501, 999, 1000, null]) {
      const { isBroken, asked } = suite(first, 1000);
      expect(firstBadDeploy(1000, isBroken)).toBe(first);
      expect(asked.length).toBeLessThanOrEqual(11);
      expect(new Set(asked).size).toBe(asked.length);
    }
  });

  test('asks at most 21 times for 1,000,000 deploys', () => {
    const { isBroken, asked } = suite(765432, 1000000);
    expect(firstBadDeploy(1000000, isBroken)).toBe(765432);
    expect(asked.length).toBeLessThanOrEqual(21);
  });
});
