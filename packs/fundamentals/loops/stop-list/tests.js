import { describe, test, expect } from '@jest/globals';
import { stopList } from './solution';

describe('stopList', () => {
  test('counts up from 3 to 6', () => {
    expect(stopList(3, 6)).toBe('3 > 4 > 5 > 6');
  });

  test('counts down from 9 to 7', () => {
    expect(stopList(9, 7)).toBe('9 > 8 > 7');
  });

  test('a trip with one stop has no separator', () => {
    expect(stopList(4, 4)).toBe('4');
  });

  test('can start at stop 0', () => {
    expect(stopList(0, 2)).toBe('0 > 1 > 2');
  });

  test('can count down to stop 0', () => {
    expect(stopList(2, 0)).toBe('2 > 1 > 0');
  });

  test('handles two-digit stops', () => {
    expect(stopList(8, 12)).toBe('8 > 9 > 10 > 11 > 12');
  });

  test('has no separator at the start or the end', () => {
    const text = stopList(1, 5);
    expect(text).not.toMatch(/^ >/);
    expect(text).not.toMatch(/> $/);
  });

  test('returns a string', () => {
    expect(typeof stopList(1, 1)).toBe('string');
  });
});
