import { describe, test, expect } from '@jest/globals';
import { parsePrice, importPrices } from './solution';

describe('parsePrice', () => {
  test('reads prices with a sign, commas and decimals', () => {
    expect(parsePrice('$1,299.50')).toBe(129950);
    expect(parsePrice(' 45 ')).toBe(4500);
    expect(parsePrice('$0.07')).toBe(7);
    expect(parsePrice('0.29')).toBe(29);
  });

  test('throws an Error object for a bad price', () => {
    let caught;
    try {
      parsePrice('ocho pesos');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect(caught.message).toBe('Invalid price: ocho pesos');
  });

  test('rejects too many decimals and negative prices', () => {
    expect(() => parsePrice('1.999')).toThrow('Invalid price: 1.999');
    expect(() => parsePrice('-5')).toThrow('Invalid price: -5');
  });
});

describe('importPrices', () => {
  test('imports good lines', () => {
    expect(importPrices(['CUA-100;$45.00', 'PLU-AZ;$8.00'])).toEqual({
      prices: { 'CUA-100': 4500, 'PLU-AZ': 800 },
      problems: [],
    });
  });

  test('keeps going after a bad line', () => {
    const result = importPrices(['CUA-100;$45.00', 'PLU-AZ;ocho pesos', 'MOC-ESC; $1,389.90 ']);
    expect(result.prices).toEqual({ 'CUA-100': 4500, 'MOC-ESC': 138990 });
  });

  test('reports each bad line with its number and message', () => {
    const result = importPrices(['PLU-AZ;ocho pesos', 'CUA-100;$45.00', 'LAP-HB;5.5.5']);
    expect(result.problems).toEqual(['line 1: Invalid price: ocho pesos', 'line 3: Invalid price: 5.5.5']);
  });

  test('reports a line without a price', () => {
    const result = importPrices(['CUA-100;$45.00', 'LAP-HB']);
    expect(result.prices).toEqual({ 'CUA-100': 4500 });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].startsWith('line 2: Invalid price')).toBe(true);
  });

  test('returns empty results for no lines', () => {
    expect(importPrices([])).toEqual({ prices: {}, problems: [] });
  });
});
