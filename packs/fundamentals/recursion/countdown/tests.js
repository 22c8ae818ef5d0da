import { describe, test, expect } from '@jest/globals';
import { countdown } from './solution';

describe('countdown', () => {
  test('counts down from three', () => {
    expect(countdown(3)).toBe('3 2 1 Lift off!');
  });

  test('counts down from one', () => {
    expect(countdown(1)).toBe('1 Lift off!');
  });

  test('lifts off straight away from zero', () => {
    expect(countdown(0)).toBe('Lift off!');
  });

  test('lifts off straight away from a negative number', () => {
    expect(countdown(-4)).toBe('Lift off!');
  });

  test('counts down from ten', () => {
    expect(countdown(10)).toBe('10 9 8 7 6 5 4 3 2 1 Lift off!');
  });

  test('always ends with Lift off!', () => {
    expect(countdown(7)).toMatch(/1 Lift off!$/);
  });

  test('has no extra spaces', () => {
    expect(countdown(2)).toHaveLength('2 1 Lift off!'.length);
  });
});
