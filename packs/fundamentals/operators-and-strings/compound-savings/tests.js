import { describe, test, expect } from '@jest/globals';
import { growSavings } from './solution';

describe('growSavings', () => {
  test('grows 10% a year for two years', () => {
    expect(growSavings(1000, 0.1, 2)).toBeCloseTo(1210);
  });

  test('one year adds one year of interest', () => {
    expect(growSavings(1000, 0.05, 1)).toBeCloseTo(1050);
  });

  test('zero years leaves the amount unchanged', () => {
    expect(growSavings(500, 0.05, 0)).toBeCloseTo(500);
  });

  test('a zero rate means no growth', () => {
    expect(growSavings(200, 0, 10)).toBeCloseTo(200);
  });

  test('zero savings stay zero', () => {
    expect(growSavings(0, 0.07, 30)).toBeCloseTo(0);
  });

  test('a negative rate makes the money shrink', () => {
    expect(growSavings(1000, -0.1, 2)).toBeCloseTo(810);
  });

  test('doubles in ten years at about 7%', () => {
    expect(growSavings(100, 0.07, 10)).toBeCloseTo(196.715, 2);
  });
});
