import { describe, test, expect } from '@jest/globals';
import { ingredientList } from './solution';

describe('ingredientList', () => {
  test('lists three ingredients', () => {
    expect(ingredientList('flour,sugar,eggs')).toBe('flour, sugar and eggs');
  });

  test('joins two ingredients with and', () => {
    expect(ingredientList('rice,beans')).toBe('rice and beans');
  });

  test('returns a single ingredient as it is', () => {
    expect(ingredientList('salt')).toBe('salt');
  });

  test('returns an empty string for no ingredients', () => {
    expect(ingredientList('')).toBe('');
  });

  test('keeps accents and ñ', () => {
    expect(ingredientList('maíz,ají,piña,limón')).toBe('maíz, ají, piña and limón');
  });

  test('keeps ingredients with spaces inside', () => {
    expect(ingredientList('olive oil,black pepper')).toBe('olive oil and black pepper');
  });

  test('handles a long list', () => {
    expect(ingredientList('a,b,c,d,e,f')).toBe('a, b, c, d, e and f');
  });
});
