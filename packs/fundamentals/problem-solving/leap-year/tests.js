import { describe, test, expect } from '@jest/globals';
import { isLeapYear } from './solution';

describe('isLeapYear', () => {
  test('a year divisible by 4 is a leap year', () => {
    expect(isLeapYear(2024)).toBe(true);
  });

  test('a year not divisible by 4 is not', () => {
    expect(isLeapYear(2023)).toBe(false);
  });

  test('a year divisible by 100 is not', () => {
    expect(isLeapYear(1900)).toBe(false);
  });

  test('a year divisible by 400 is', () => {
    expect(isLeapYear(2000)).toBe(true);
  });

  test('works for more centuries', () => {
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2400)).toBe(true);
  });

  test('works for small years', () => {
    expect(isLeapYear(4)).toBe(true);
    expect(isLeapYear(1)).toBe(false);
  });

  test('returns a boolean, not a number', () => {
    expect(isLeapYear(1996)).toStrictEqual(true);
    expect(isLeapYear(1999)).toStrictEqual(false);
  });
});
