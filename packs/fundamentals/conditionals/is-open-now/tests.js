import { describe, test, expect } from '@jest/globals';
import { isOpenNow } from './solution';

describe('isOpenNow', () => {
  test('is open in the middle of the day', () => {
    expect(isOpenNow(14, false)).toBe(true);
  });

  test('is open at exactly 9', () => {
    expect(isOpenNow(9, false)).toBe(true);
  });

  test('is still open at 17', () => {
    expect(isOpenNow(17, false)).toBe(true);
  });

  test('is closed at exactly 18', () => {
    expect(isOpenNow(18, false)).toBe(false);
  });

  test('is closed early in the morning', () => {
    expect(isOpenNow(7, false)).toBe(false);
  });

  test('is closed at midnight', () => {
    expect(isOpenNow(0, false)).toBe(false);
  });

  test('is closed late at night', () => {
    expect(isOpenNow(23, false)).toBe(false);
  });

  test('is closed all day on a holiday', () => {
    expect(isOpenNow(14, true)).toBe(false);
    expect(isOpenNow(9, true)).toBe(false);
  });

  test('returns a boolean, not a string', () => {
    expect(typeof isOpenNow(10, false)).toBe('boolean');
  });
});
