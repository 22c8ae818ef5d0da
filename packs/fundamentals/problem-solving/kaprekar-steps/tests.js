import { describe, test, expect } from '@jest/globals';
import { kaprekarSteps } from './solution';

describe('kaprekarSteps', () => {
  test('counts the steps for a normal number', () => {
    expect(kaprekarSteps(3524)).toBe(3);
  });

  test('returns 0 for 6174 itself', () => {
    expect(kaprekarSteps(6174)).toBe(0);
  });

  test('keeps the leading zero of a three-digit result', () => {
    expect(kaprekarSteps(2111)).toBe(5);
  });

  test('pads small numbers to four digits', () => {
    expect(kaprekarSteps(1000)).toBe(5);
    expect(kaprekarSteps(2000)).toBe(4);
  });

  test('returns -1 when all digits are equal', () => {
    expect(kaprekarSteps(7777)).toBe(-1);
    expect(kaprekarSteps(0)).toBe(-1);
  });

  test('returns null outside 0 to 9999', () => {
    expect(kaprekarSteps(-3524)).toBeNull();
    expect(kaprekarSteps(10000)).toBeNull();
  });

  test('reaches 6174 in one step from 7641', () => {
    expect(kaprekarSteps(7641)).toBe(1);
  });
});
