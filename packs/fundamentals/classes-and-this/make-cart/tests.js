import { describe, test, expect } from '@jest/globals';
import { makeCart } from './solution';

describe('makeCart', () => {
  test('starts with no items', () => {
    expect(makeCart().items).toEqual([]);
  });

  test('an empty cart costs 0 and holds 0 units', () => {
    const cart = makeCart();
    expect(cart.total()).toBe(0);
    expect(cart.count()).toBe(0);
  });

  test('stores each line as an object', () => {
    const cart = makeCart();
    cart.add('tacos', 1.5, 4);
    expect(cart.items).toEqual([{ name: 'tacos', price: 1.5, quantity: 4 }]);
  });

  test('uses a quantity of 1 when none is given', () => {
    const cart = makeCart();
    cart.add('coffee', 8);
    expect(cart.items[0].quantity).toBe(1);
  });

  test('adds up price times quantity', () => {
    const cart = makeCart();
    cart.add('tacos', 1.5, 4);
    cart.add('coffee', 8);
    expect(cart.total()).toBe(14);
    expect(cart.count()).toBe(5);
  });

  test('handles prices with cents', () => {
    const cart = makeCart();
    cart.add('piña', 2.35, 3);
    cart.add('jamón', 4.1);
    expect(cart.total()).toBeCloseTo(11.15);
  });

  test('keeps two carts separate', () => {
    const mine = makeCart();
    const yours = makeCart();
    mine.add('milk', 1, 2);
    expect(yours.items).toHaveLength(0);
    expect(yours.total()).toBe(0);
    expect(mine.count()).toBe(2);
  });
});
