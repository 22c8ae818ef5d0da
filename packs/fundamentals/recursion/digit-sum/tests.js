import { describe, test, expect } from '@jest/globals';
import { digitSum } from './solution';

describe('digitSum', () => {
  test('adds the digits of a year', () => {
    expect(digitSum(2024)).toBe(8);
  });

  test('returns a single digit as it is', () => {
    expect(digitSum(7)).toBe(7);
  });

  test('returns zero for zero', () => {
    expect(digitSum(0)).toBe(0);
  });

  test('adds many nines', () => {
    expect(digitSum(99999)).toBe(45);
  });

  test('ignores the minus sign', () => {
    expect(digitSum(-305)).toBe(8);
  });

  test('counts zeros inside the number as nothing', () => {
    expect(digitSum(1000000)).toBe(1);
  });

  test('works for a two digit number', () => {
    expect(digitSum(10)).toBe(1);
    expect(digitSum(58)).toBe(13);
  });
});
