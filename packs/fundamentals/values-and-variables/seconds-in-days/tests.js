import { describe, test, expect } from '@jest/globals';
import { secondsIn } from './solution';

describe('secondsIn', () => {
  test('one day has 86400 seconds', () => {
    expect(secondsIn(1)).toBe(86400);
  });

  test('two days have 172800 seconds', () => {
    expect(secondsIn(2)).toBe(172800);
  });

  test('a week has 604800 seconds', () => {
    expect(secondsIn(7)).toBe(604800);
  });

  test('half a day has 43200 seconds', () => {
    expect(secondsIn(0.5)).toBeCloseTo(43200);
  });

  test('zero days have zero seconds', () => {
    expect(secondsIn(0)).toBe(0);
  });

  test('a negative number of days gives negative seconds', () => {
    expect(secondsIn(-1)).toBe(-86400);
  });

  test('returns a number', () => {
    expect(typeof secondsIn(3)).toBe('number');
  });
});
