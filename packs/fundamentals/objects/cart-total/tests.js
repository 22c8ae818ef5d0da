import { describe, test, expect } from '@jest/globals';
import { cartTotal } from './solution';

describe('cartTotal', () => {
  test('adds up a cart of three items', () => {
    const cart = [
      { name: 'Tortas', priceCents: 4500, quantity: 2 },
      { name: 'Agua de jamaica', priceCents: 2500, quantity: 1 },
      { name: 'Tamales', priceCents: 1800, quantity: 6 },
    ];
    expect(cartTotal(cart)).toBe(22300);
  });

  test('multiplies the price by the quantity', () => {
    expect(cartTotal([{ name: 'Huevo', priceCents: 325, quantity: 12 }])).toBe(3900);
  });

  test('keeps every centavo exact', () => {
    const cart = [
      { name: 'Chicle', priceCents: 10, quantity: 1 },
      { name: 'Paleta', priceCents: 20, quantity: 1 },
      { name: 'Bolillo', priceCents: 199, quantity: 3 },
    ];
    expect(cartTotal(cart)).toBe(627);
  });

  test('an empty cart costs nothing', () => {
    expect(cartTotal([])).toBe(0);
  });

  test('an item with quantity zero adds nothing', () => {
    const cart = [
      { name: 'Café de olla', priceCents: 3000, quantity: 0 },
      { name: 'Piña', priceCents: 2000, quantity: 1 },
    ];
    expect(cartTotal(cart)).toBe(2000);
  });

  test('a free item adds nothing', () => {
    expect(cartTotal([{ name: 'Muestra', priceCents: 0, quantity: 5 }])).toBe(0);
  });

  test('a refunded item (negative price) lowers the total', () => {
    const cart = [
      { name: 'Arroz', priceCents: 4000, quantity: 2 },
      { name: 'Cupón', priceCents: -1550, quantity: 1 },
    ];
    expect(cartTotal(cart)).toBe(6450);
  });

  test('returns a whole number of centavos', () => {
    const total = cartTotal([{ name: 'Mermelada', priceCents: 6490, quantity: 3 }]);
    expect(typeof total).toBe('number');
    expect(Number.isInteger(total)).toBe(true);
  });
});
