import { describe, test, expect } from '@jest/globals';
import { reverseText } from './solution';

describe('reverseText', () => {
  test('reverses a short word', () => {
    expect(reverseText('hola')).toBe('aloh');
  });

  test('keeps accented letters', () => {
    expect(reverseText('José')).toBe('ésoJ');
  });

  test('keeps the letter ñ', () => {
    expect(reverseText('niño')).toBe('oñin');
  });

  test('returns a single letter as it is', () => {
    expect(reverseText('a')).toBe('a');
  });

  test('returns an empty string for an empty string', () => {
    expect(reverseText('')).toBe('');
  });

  test('moves spaces and punctuation too', () => {
    expect(reverseText('Hi, Ana')).toBe('anA ,iH');
  });

  test('reverses digits', () => {
    expect(reverseText('2024')).toBe('4202');
  });

  test('gives back the original when reversed twice', () => {
    expect(reverseText(reverseText('Buenos Aires'))).toBe('Buenos Aires');
  });
});
