import { describe, test, expect } from '@jest/globals';
import { applyDiscount } from './solution';

describe('applyDiscount', () => {
  test('takes 20% off the price', () => {
    const lamp = { name: 'Desk lamp', priceCents: 30000, category: 'home' };
    expect(applyDiscount(lamp, 20).priceCents).toBe(24000);
  });

  test('keeps the old price in oldPriceCents', () => {
    expect(applyDiscount({ name: 'Desk lamp', priceCents: 30000 }, 20).oldPriceCents).toBe(30000);
  });

  test('keeps every other property', () => {
    const lamp = { name: 'Desk lamp', priceCents: 30000, category: 'home' };
    expect(applyDiscount(lamp, 50)).toEqual({
      name: 'Desk lamp',
      priceCents: 15000,
      category: 'home',
      oldPriceCents: 30000,
    });
  });

  test('does not change the original product', () => {
    const lamp = { name: 'Desk lamp', priceCents: 30000, category: 'home' };
    const tag = applyDiscount(lamp, 20);
    expect(lamp).toEqual({ name: 'Desk lamp', priceCents: 30000, category: 'home' });
    expect(tag).not.toBe(lamp);
  });

  test('a 0% discount keeps the price', () => {
    expect(applyDiscount({ name: 'Taza', priceCents: 8000 }, 0)).toEqual({
      name: 'Taza',
      priceCents: 8000,
      oldPriceCents: 8000,
    });
  });

  test('a 100% discount makes it free', () => {
    expect(applyDiscount({ name: 'Lápiz', priceCents: 1200 }, 100).priceCents).toBe(0);
  });

  test('rounds the new price to the nearest centavo', () => {
    // 12999 * 85 / 100 is 11049.15, which rounds down to 11049
    expect(applyDiscount({ name: 'Café molido', priceCents: 12999 }, 15).priceCents).toBe(11049);
    // 1999 * 90 / 100 is 1799.1, which rounds down to 1799
    expect(applyDiscount({ name: 'Salsa', priceCents: 1999 }, 10).priceCents).toBe(1799);
    // 4999 * 75 / 100 is 3749.25, which rounds down to 3749
    expect(applyDiscount({ name: 'Tequila', priceCents: 4999 }, 25).priceCents).toBe(3749);
    // 333 * 60 / 100 is 199.8, which rounds up to 200
    expect(applyDiscount({ name: 'Chicle', priceCents: 333 }, 40).priceCents).toBe(200);
  });

  test('rounds a price of exactly half a centavo up, once, at the end', () => {
    // 1295 * 70 / 100 is exactly 906.5
    expect(applyDiscount({ name: 'Pluma', priceCents: 1295 }, 30).priceCents).toBe(907);
    // 45 * 70 / 100 is exactly 31.5
    expect(applyDiscount({ name: 'Dulce', priceCents: 45 }, 30).priceCents).toBe(32);
  });

  test('the new price is always a whole number of centavos', () => {
    for (const percent of [5, 15, 33, 70]) {
      const tag = applyDiscount({ name: 'Mole', priceCents: 8799 }, percent);
      expect(Number.isInteger(tag.priceCents)).toBe(true);
    }
  });
});
