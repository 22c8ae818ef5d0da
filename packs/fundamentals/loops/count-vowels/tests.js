import { describe, test, expect } from '@jest/globals';
import { countVowels } from './solution';

describe('countVowels', () => {
  test('counts the vowels in hola', () => {
    expect(countVowels('hola')).toBe(2);
  });

  test('counts accented vowels', () => {
    expect(countVowels('Canción')).toBe(3);
  });

  test('counts capital and accented capital vowels', () => {
    expect(countVowels('MURCIÉLAGO')).toBe(5);
  });

  test('counts ü as a vowel', () => {
    expect(countVowels('pingüino')).toBe(4);
  });

  test('does not count y', () => {
    expect(countVowels('rhythm')).toBe(0);
  });

  test('an empty string has no vowels', () => {
    expect(countVowels('')).toBe(0);
  });

  test('ignores spaces, digits and punctuation', () => {
    expect(countVowels('2 kilos de arroz, por favor!')).toBe(8);
  });

  test('does not count ñ', () => {
    expect(countVowels('ñññ')).toBe(0);
    expect(countVowels('año')).toBe(2);
  });
});
