import { describe, test, expect } from '@jest/globals';
import { hasFreeShipping } from './solution';

describe('hasFreeShipping', () => {
  test('a big order ships free', () => {
    expect(hasFreeShipping(72.5)).toBe(true);
  });

  test('exactly 50 ships free', () => {
    expect(hasFreeShipping(50)).toBe(true);
  });

  test('just under 50 does not ship free', () => {
    expect(hasFreeShipping(49.99)).toBe(false);
  });

  test('a small order does not ship free', () => {
    expect(hasFreeShipping(12)).toBe(false);
  });

  test('an empty cart does not ship free', () => {
    expect(hasFreeShipping(0)).toBe(false);
  });

  test('a negative total does not ship free', () => {
    expect(hasFreeShipping(-80)).toBe(false);
  });

  test('returns a real boolean, not a string', () => {
    expect(typeof hasFreeShipping(100)).toBe('boolean');
    expect(typeof hasFreeShipping(1)).toBe('boolean');
  });
});
