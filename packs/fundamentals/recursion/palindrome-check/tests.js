import { describe, test, expect } from '@jest/globals';
import { isPalindrome } from './solution';

describe('isPalindrome', () => {
  test('accepts a word with a capital letter', () => {
    expect(isPalindrome('Oso')).toBe(true);
  });

  test('accepts a phrase with spaces', () => {
    expect(isPalindrome('Anita lava la tina')).toBe(true);
  });

  test('rejects a word that is not a palindrome', () => {
    expect(isPalindrome('hola')).toBe(false);
  });

  test('accepts the empty string', () => {
    expect(isPalindrome('')).toBe(true);
  });

  test('accepts a single letter and only spaces', () => {
    expect(isPalindrome('x')).toBe(true);
    expect(isPalindrome('   ')).toBe(true);
  });

  test('handles ñ and accents', () => {
    expect(isPalindrome('añaña')).toBe(true);
    expect(isPalindrome('áa')).toBe(false);
  });

  test('rejects a phrase that differs only in the middle', () => {
    expect(isPalindrome('ab c ba x')).toBe(false);
    expect(isPalindrome('ab cxba')).toBe(false);
  });

  test('ignores spaces at the start and the end', () => {
    expect(isPalindrome('  Reconocer ')).toBe(true);
  });

  test('treats punctuation as a character', () => {
    expect(isPalindrome('ojo!')).toBe(false);
  });
});
