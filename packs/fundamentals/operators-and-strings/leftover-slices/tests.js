import { describe, test, expect } from '@jest/globals';
import { leftoverSlices } from './solution';

describe('leftoverSlices', () => {
  test('17 slices for 5 people leaves 2', () => {
    expect(leftoverSlices(17, 5)).toBe(2);
  });

  test('leaves nothing when the slices share exactly', () => {
    expect(leftoverSlices(24, 6)).toBe(0);
  });

  test('leaves every slice when there are fewer slices than people', () => {
    expect(leftoverSlices(3, 8)).toBe(3);
  });

  test('zero slices leave zero', () => {
    expect(leftoverSlices(0, 4)).toBe(0);
  });

  test('one person eats everything', () => {
    expect(leftoverSlices(9, 1)).toBe(0);
  });

  test('works for a big party', () => {
    expect(leftoverSlices(100, 7)).toBe(2);
  });

  test('leaves fewer slices than there are people', () => {
    expect(leftoverSlices(50, 6)).toBeLessThan(6);
  });
});
