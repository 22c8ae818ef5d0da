import { describe, test, expect } from '@jest/globals';
import { lineTotal, receiptLine } from './solution';

describe('lineTotal', () => {
  test('three tamales at 15 pesos cost 45', () => {
    expect(lineTotal(3, 15)).toBe(45);
  });

  test('one dish costs its price', () => {
    expect(lineTotal(1, 38)).toBe(38);
  });

  test('zero dishes cost nothing', () => {
    expect(lineTotal(0, 20)).toBe(0);
  });
});

describe('receiptLine', () => {
  test('returns a string instead of only printing it', () => {
    expect(typeof receiptLine("Tamal", 3, 15)).toBe('string');
  });

  test('builds the line for three tamales', () => {
    expect(receiptLine("Tamal", 3, 15)).toBe("3 x Tamal: $45");
  });

  test('keeps the spaces inside the name of the dish', () => {
    expect(receiptLine("Café de olla", 2, 25)).toBe("2 x Café de olla: $50");
  });

  test('works for a single drink', () => {
    expect(receiptLine("Agua de jamaica", 1, 30)).toBe("1 x Agua de jamaica: $30");
  });

  test('puts exactly one space between the colon and the dollar sign', () => {
    expect(receiptLine("Torta", 2, 60)).toContain(": $120");
  });
});
