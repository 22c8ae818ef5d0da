import { describe, test, expect } from '@jest/globals';
import { addToCart, formatPesos } from './solution';

describe('addToCart', () => {
  test('adds the typed quantity as a number', () => {
    expect(addToCart(2, "3")).toBe(5);
  });

  test('ignores spaces around the typed quantity', () => {
    expect(addToCart(0, " 12 ")).toBe(12);
  });

  test('works with a bigger cart', () => {
    expect(addToCart(10, "15")).toBe(25);
  });

  test('returns a number, not text', () => {
    expect(typeof addToCart(1, "1")).toBe("number");
  });
});

describe('formatPesos', () => {
  test('formats pesos and centavos', () => {
    expect(formatPesos(4550)).toBe("$45.50");
  });

  test('keeps the zero in front of a single-digit centavo amount', () => {
    expect(formatPesos(1205)).toBe("$12.05");
  });

  test('shows two zeros for a whole number of pesos', () => {
    expect(formatPesos(900)).toBe("$9.00");
  });

  test('shows 0 pesos for less than one peso', () => {
    expect(formatPesos(7)).toBe("$0.07");
    expect(formatPesos(99)).toBe("$0.99");
  });

  test('works for big amounts', () => {
    expect(formatPesos(1234567)).toBe("$12345.67");
  });
});
