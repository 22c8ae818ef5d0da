import { describe, test, expect } from '@jest/globals';
import { isPalindromePhrase } from './solution';

describe('isPalindromePhrase', () => {
  test('ignores spaces and capitals', () => {
    expect(isPalindromePhrase('Anita lava la tina')).toBe(true);
  });

  test('ignores punctuation and accents', () => {
    expect(isPalindromePhrase('¿Acaso hubo búhos acá?')).toBe(true);
  });

  test('says no to a normal phrase', () => {
    expect(isPalindromePhrase('Hola, mundo')).toBe(false);
  });

  test('keeps digits', () => {
    expect(isPalindromePhrase('A1b1a')).toBe(true);
    expect(isPalindromePhrase('12a3')).toBe(false);
  });

  test('treats ñ as n', () => {
    expect(isPalindromePhrase('Ñan')).toBe(true);
  });

  test('returns false when there are no letters or digits', () => {
    expect(isPalindromePhrase('')).toBe(false);
    expect(isPalindromePhrase('?!')).toBe(false);
  });

  test('a single letter is a palindrome', () => {
    expect(isPalindromePhrase('a')).toBe(true);
  });
});
