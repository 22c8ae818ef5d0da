import { describe, test, expect } from '@jest/globals';
import { cartTotal } from './solution';

describe('cartTotal', () => {
  test('adds up a cart of three items', () => {
    const cart = [
      { name: 'Bread', price: 2.5, quantity: 2 },
      { name: 'Milk', price: 1.2, quantity: 1 },
      { name: 'Apples', price: 0.4, quantity: 6 },
    ];
    expect(cartTotal(cart)).toBeCloseTo(8.6);
  });

  test('multiplies the price by the quantity', () => {
    expect(cartTotal([{ name: 'Eggs', price: 0.25, quantity: 12 }])).toBeCloseTo(3);
  });

  test('an empty cart costs nothing', () => {
    expect(cartTotal([])).toBe(0);
  });

  test('an item with quantity zero adds nothing', () => {
    const cart = [
      { name: 'Tea', price: 3, quantity: 0 },
      { name: 'Piña', price: 2, quantity: 1 },
    ];
    expect(cartTotal(cart)).toBeCloseTo(2);
  });

  test('a free item adds nothing', () => {
    expect(cartTotal([{ name: 'Sample', price: 0, quantity: 5 }])).toBe(0);
  });

  test('a refunded item (negative price) lowers the total', () => {
    const cart = [
      { name: 'Rice', price: 4, quantity: 2 },
      { name: 'Coupon', price: -1.5, quantity: 1 },
    ];
    expect(cartTotal(cart)).toBeCloseTo(6.5);
  });

  test('returns a number', () => {
    expect(typeof cartTotal([{ name: 'Jam', price: 3, quantity: 1 }])).toBe('number');
  });
});
