import { describe, test, expect } from '@jest/globals';
import { longestUnique } from './solution';

describe('longestUnique', () => {
  test('finds the longest piece without repeats', () => {
    expect(longestUnique('abcabcbb')).toBe('abc');
    expect(longestUnique('pwwkew')).toBe('wke');
  });

  test('returns an empty string for an empty text', () => {
    expect(longestUnique('')).toBe('');
  });

  test('a text of one repeated character gives one character', () => {
    expect(longestUnique('bbbb')).toBe('b');
  });

  test('the window never moves backwards', () => {
    expect(longestUnique('abba')).toBe('ab');
    expect(longestUnique('tmmzuxt')).toBe('mzuxt');
  });

  test('keeps the characters after a repeat in the window', () => {
    expect(longestUnique('dvdf')).toBe('vdf');
  });

  test('returns the first of several longest pieces', () => {
    expect(longestUnique('abab')).toBe('ab');
    expect(longestUnique('xyzzyx')).toBe('xyz');
  });

  test('a text with no repeats is its own answer', () => {
    expect(longestUnique('Monte')).toBe('Monte');
    expect(longestUnique('Monterrey')).toBe('Monter');
  });

  test('compares characters exactly, spaces included', () => {
    expect(longestUnique('Mm eé')).toBe('Mm eé');
    expect(longestUnique('a b c')).toBe('a b');
  });
});
