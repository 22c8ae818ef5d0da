import { describe, test, expect } from '@jest/globals';
import { countdown } from './solution';

describe('countdown', () => {
  test('counts down from 3', () => {
    expect(countdown(3)).toBe('3 2 1 Liftoff!');
  });

  test('counts down from 1', () => {
    expect(countdown(1)).toBe('1 Liftoff!');
  });

  test('counts down from 10', () => {
    expect(countdown(10)).toBe('10 9 8 7 6 5 4 3 2 1 Liftoff!');
  });

  test('starting at zero lifts off at once', () => {
    expect(countdown(0)).toBe('Liftoff!');
  });

  test('a negative start lifts off at once', () => {
    expect(countdown(-4)).toBe('Liftoff!');
  });

  test('ends with Liftoff! for a long countdown', () => {
    const text = countdown(100);
    expect(text).toMatch(/^100 99 98 /);
    expect(text).toMatch(/ 3 2 1 Liftoff!$/);
  });
});
