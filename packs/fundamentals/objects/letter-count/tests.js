import { describe, test, expect } from '@jest/globals';
import { countLetters } from './solution';

describe('countLetters', () => {
  test('counts the letters of a short name', () => {
    expect(countLetters('ana')).toEqual({ a: 2, n: 1 });
  });

  test('treats capital and small letters as the same', () => {
    expect(countLetters('Ana')).toEqual({ a: 2, n: 1 });
  });

  test('skips spaces', () => {
    expect(countLetters('mango kiwi')).toEqual({ m: 1, a: 1, n: 1, g: 1, o: 1, k: 1, i: 2, w: 1 });
  });

  test('counts ñ as its own letter', () => {
    expect(countLetters('Ñoño')).toEqual({ 'ñ': 2, o: 2 });
  });

  test('keeps accented letters apart from plain ones', () => {
    expect(countLetters('José')).toEqual({ j: 1, o: 1, s: 1, 'é': 1 });
  });

  test('counts digits and punctuation too', () => {
    expect(countLetters('b2b!')).toEqual({ b: 2, '2': 1, '!': 1 });
  });

  test('returns an empty object for an empty string', () => {
    expect(countLetters('')).toEqual({});
  });

  test('returns an empty object for only spaces', () => {
    expect(countLetters('   ')).toEqual({});
  });
});
