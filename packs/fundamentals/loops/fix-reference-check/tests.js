import { describe, test, expect } from '@jest/globals';
import { isAllDigits, digitSum, isValidReference } from './solution';

describe('isAllDigits', () => {
  test('a string of digits is all digits', () => {
    expect(isAllDigits("19283746")).toBe(true);
  });

  test('checks the first character too', () => {
    expect(isAllDigits("A9283746")).toBe(false);
  });

  test('checks the last character', () => {
    expect(isAllDigits("1928374B")).toBe(false);
  });

  test('checks the characters in the middle', () => {
    expect(isAllDigits("1234 678")).toBe(false);
    expect(isAllDigits("12-34567")).toBe(false);
  });
});

describe('digitSum', () => {
  test('adds up the digits as numbers', () => {
    expect(digitSum("1203")).toBe(6);
  });

  test('adds up a whole reference', () => {
    expect(digitSum("19283746")).toBe(40);
  });

  test('is 0 for an empty string', () => {
    expect(digitSum("")).toBe(0);
  });
});

describe('isValidReference', () => {
  test('accepts a reference whose digits add up to a multiple of 10', () => {
    expect(isValidReference("19283746")).toBe(true);
    expect(isValidReference("00000000")).toBe(true);
  });

  test('rejects a mistyped digit', () => {
    expect(isValidReference("19283745")).toBe(false);
  });

  test('rejects the wrong length', () => {
    expect(isValidReference("1928374")).toBe(false);
    expect(isValidReference("192837460")).toBe(false);
  });

  test('rejects a letter at the start', () => {
    expect(isValidReference("A9283746")).toBe(false);
  });

  test('rejects a space at the start, even when the digits add up to 40', () => {
    expect(isValidReference(" 9283747")).toBe(false);
  });
});
