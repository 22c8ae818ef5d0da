import { describe, test, expect } from '@jest/globals';
import { onlyDigits } from './solution';

describe('onlyDigits', () => {
  test('removes brackets, spaces and dashes', () => {
    expect(onlyDigits('(555) 123-4567')).toBe('5551234567');
  });

  test('removes dots', () => {
    expect(onlyDigits('555.123.4567')).toBe('5551234567');
  });

  test('removes the plus sign of a country code', () => {
    expect(onlyDigits('+57 601 234 5678')).toBe('576012345678');
  });

  test('ignores a lowercase x extension', () => {
    expect(onlyDigits('555-0100 x23')).toBe('5550100');
  });

  test('ignores a capital X extension', () => {
    expect(onlyDigits('555-0100 X 7')).toBe('5550100');
  });

  test('keeps leading zeros', () => {
    expect(onlyDigits('0800 00 11')).toBe('08000011');
  });

  test('returns an empty string when there are no digits', () => {
    expect(onlyDigits('call me!')).toBe('');
  });

  test('returns an empty string for an empty input', () => {
    expect(onlyDigits('')).toBe('');
  });

  test('ignores letters with accents', () => {
    expect(onlyDigits('teléfono: 91 555 12')).toBe('9155512');
  });

  test('returns nothing when the number starts with x', () => {
    expect(onlyDigits('x123')).toBe('');
  });
});
