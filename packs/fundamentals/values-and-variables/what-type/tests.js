import { describe, test, expect } from '@jest/globals';
import { typeName } from './solution';

describe('typeName', () => {
  test('a whole number is a number', () => {
    expect(typeName(42)).toBe('number');
  });

  test('decimals and negative numbers are numbers', () => {
    expect(typeName(-3.5)).toBe('number');
    expect(typeName(0)).toBe('number');
  });

  test('text is a string', () => {
    expect(typeName('hola')).toBe('string');
    expect(typeName('Año nuevo')).toBe('string');
  });

  test('a number in quotes is a string', () => {
    expect(typeName('42')).toBe('string');
  });

  test('the empty string is a string', () => {
    expect(typeName('')).toBe('string');
  });

  test('true and false are booleans', () => {
    expect(typeName(true)).toBe('boolean');
    expect(typeName(false)).toBe('boolean');
  });

  test('the answer to a comparison is a boolean', () => {
    expect(typeName(5 > 3)).toBe('boolean');
  });

  test('NaN is, strangely, a number', () => {
    expect(typeName(0 / 0)).toBe('number');
  });
});
