import { describe, test, expect } from '@jest/globals';
import { savingsAfterThreeYears } from './solution';

describe('savingsAfterThreeYears', () => {
  test('grows with deposits and 10% interest', () => {
    expect(savingsAfterThreeYears(1000, 100, 0.1)).toBeCloseTo(1695.1);
  });

  test('stays the same with no deposits and no interest', () => {
    expect(savingsAfterThreeYears(500, 0, 0)).toBeCloseTo(500);
  });

  test('adds three deposits when there is no interest', () => {
    expect(savingsAfterThreeYears(0, 100, 0)).toBeCloseTo(300);
  });

  test('grows from interest alone', () => {
    expect(savingsAfterThreeYears(1000, 0, 0.1)).toBeCloseTo(1331);
  });

  test('adds the deposit before the interest each year', () => {
    expect(savingsAfterThreeYears(0, 100, 0.5)).toBeCloseTo(712.5);
  });

  test('an empty account with no deposits stays at zero', () => {
    expect(savingsAfterThreeYears(0, 0, 0.05)).toBeCloseTo(0);
  });

  test('a negative rate makes the savings shrink', () => {
    expect(savingsAfterThreeYears(1000, 0, -0.1)).toBeCloseTo(729);
  });
});
