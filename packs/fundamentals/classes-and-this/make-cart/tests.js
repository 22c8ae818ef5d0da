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
    cart.add('tacos', 1500, 4);
    expect(cart.items).toEqual([{ name: 'tacos', priceCents: 1500, quantity: 4 }]);
  });

  test('uses a quantity of 1 when none is given', () => {
    const cart = makeCart();
    cart.add('café de olla', 3500);
    expect(cart.items[0].quantity).toBe(1);
  });

  test('adds up price times quantity, in centavos', () => {
    const cart = makeCart();
    cart.add('tacos', 1500, 4);
    cart.add('café de olla', 3500);
    expect(cart.total()).toBe(9500);
    expect(cart.count()).toBe(5);
  });

  test('keeps every centavo exact', () => {
    const cart = makeCart();
    cart.add('piña', 2350, 3);
    cart.add('jamón', 4190);
    cart.add('chicle', 10);
    cart.add('paleta', 20);
    expect(cart.total()).toBe(11270);
  });

  test('keeps two carts separate', () => {
    const mine = makeCart();
    const yours = makeCart();
    mine.add('leche', 2890, 2);
    expect(yours.items).toHaveLength(0);
    expect(yours.total()).toBe(0);
    expect(mine.count()).toBe(2);
    expect(mine.total()).toBe(5780);
  });
});
