import { describe, test, expect } from '@jest/globals';
import { levelAfterCharging } from './solution';

describe('levelAfterCharging', () => {
  test('adds 2% per minute', () => {
    expect(levelAfterCharging('45', 10)).toBe(65);
  });

  test('never goes above 100', () => {
    expect(levelAfterCharging('90', 30)).toBe(100);
  });

  test('reaches exactly 100', () => {
    expect(levelAfterCharging('50', 25)).toBe(100);
  });

  test('zero minutes leave the level unchanged', () => {
    expect(levelAfterCharging('33', 0)).toBe(33);
  });

  test('charges an empty battery', () => {
    expect(levelAfterCharging('0', 5)).toBe(10);
    expect(levelAfterCharging('0', 0)).toBe(0);
  });

  test('ignores spaces around the level', () => {
    expect(levelAfterCharging(' 7 ', 1)).toBe(9);
  });

  test('returns a number, not text', () => {
    expect(typeof levelAfterCharging('45', 10)).toBe('number');
  });
});
