import { describe, test, expect } from '@jest/globals';
import { typeLabel } from './solution';

describe('typeLabel', () => {
  test('labels a number', () => {
    expect(typeLabel(7)).toBe('7 (number)');
  });

  test('labels negative numbers and decimals', () => {
    expect(typeLabel(-2.5)).toBe('-2.5 (number)');
    expect(typeLabel(0)).toBe('0 (number)');
  });

  test('labels a number written as text', () => {
    expect(typeLabel('7')).toBe('7 (string)');
  });

  test('labels a string with accents', () => {
    expect(typeLabel('José')).toBe('José (string)');
  });

  test('labels the empty string', () => {
    expect(typeLabel('')).toBe(' (string)');
  });

  test('labels booleans', () => {
    expect(typeLabel(true)).toBe('true (boolean)');
    expect(typeLabel(false)).toBe('false (boolean)');
  });

  test('labels undefined', () => {
    expect(typeLabel(undefined)).toBe('undefined (undefined)');
  });

  test('labels null as an object', () => {
    expect(typeLabel(null)).toBe('null (object)');
  });
});
