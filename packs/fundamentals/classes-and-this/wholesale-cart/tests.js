import { describe, test, expect } from '@jest/globals';
import { Cart, WholesaleCart } from './solution';

describe('Cart (already works)', () => {
  test('adds products and totals them', () => {
    const cart = new Cart().add('CUA-100', 2).add('PLU-AZ');
    expect(cart.total).toBe(9800);
  });

  test('adding a product again raises its quantity', () => {
    const cart = new Cart().add('PLU-AZ', 5).add('PLU-AZ', 7);
    expect(cart.lines).toEqual([{ sku: 'PLU-AZ', qty: 12 }]);
  });

  test('has no discount, even for 12 units', () => {
    expect(new Cart().add('PLU-AZ', 12).total).toBe(9600);
  });

  test('ignores unknown products', () => {
    expect(new Cart().add('XYZ', 3).lines).toEqual([]);
  });

  test('ignores codes that are only built-in names of every object', () => {
    const cart = new Cart().add('toString', 2).add('constructor').add('CUA-100');
    expect(cart.lines).toEqual([{ sku: 'CUA-100', qty: 1 }]);
    expect(cart.total).toBe(4500);
  });

  test('prints a receipt', () => {
    expect(new Cart().add('LAP-HB', 3).receipt()).toEqual(['3 x Lápiz HB: 1650']);
  });
});

describe('WholesaleCart', () => {
  test('is a Cart', () => {
    expect(new WholesaleCart()).toBeInstanceOf(Cart);
  });

  test('gives 10% off a line of 12 units or more', () => {
    expect(new WholesaleCart().add('CUA-100', 12).total).toBe(48600);
  });

  test('charges the full price below 12 units', () => {
    expect(new WholesaleCart().add('CUA-100', 11).total).toBe(49500);
  });

  test('counts units added in several steps', () => {
    expect(new WholesaleCart().add('PLU-AZ', 5).add('PLU-AZ', 7).total).toBe(8640);
  });

  test('applies the discount line by line', () => {
    const cart = new WholesaleCart().add('CUA-100', 12).add('PLU-AZ', 5).add('LAP-HB', 15);
    expect(cart.total).toBe(60025);
  });

  test('rounds the discount to the nearest centavo, halves up', () => {
    expect(new WholesaleCart().add('BOR-BL', 15).total).toBe(4657);
  });

  test('shows the discounted prices on the receipt', () => {
    const cart = new WholesaleCart().add('CUA-100', 12).add('PLU-AZ', 5);
    expect(cart.receipt()).toEqual(['12 x Cuaderno profesional: 48600', '5 x Pluma azul: 4000']);
  });
});
