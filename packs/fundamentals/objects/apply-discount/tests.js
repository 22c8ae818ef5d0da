import { describe, test, expect } from '@jest/globals';
import { applyDiscount } from './solution';

describe('applyDiscount', () => {
  test('takes 20% off the price', () => {
    const lamp = { name: 'Desk lamp', price: 30, category: 'home' };
    expect(applyDiscount(lamp, 20).price).toBeCloseTo(24);
  });

  test('keeps the old price in oldPrice', () => {
    expect(applyDiscount({ name: 'Desk lamp', price: 30 }, 20).oldPrice).toBe(30);
  });

  test('keeps every other property', () => {
    const lamp = { name: 'Desk lamp', price: 30, category: 'home' };
    expect(applyDiscount(lamp, 50)).toEqual({
      name: 'Desk lamp',
      price: 15,
      category: 'home',
      oldPrice: 30,
    });
  });

  test('does not change the original product', () => {
    const lamp = { name: 'Desk lamp', price: 30, category: 'home' };
    const tag = applyDiscount(lamp, 20);
    expect(lamp).toEqual({ name: 'Desk lamp', price: 30, category: 'home' });
    expect(tag).not.toBe(lamp);
  });

  test('a 0% discount keeps the price', () => {
    expect(applyDiscount({ name: 'Mug', price: 8 }, 0)).toEqual({ name: 'Mug', price: 8, oldPrice: 8 });
  });

  test('a 100% discount makes it free', () => {
    expect(applyDiscount({ name: 'Pen', price: 2 }, 100).price).toBeCloseTo(0);
  });

  test('works with prices that have cents', () => {
    expect(applyDiscount({ name: 'Café molido', price: 12.99 }, 15).price).toBeCloseTo(11.0415);
  });
});
