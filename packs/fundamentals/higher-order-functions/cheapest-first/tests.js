import { describe, test, expect } from '@jest/globals';
import { cheapestFirst } from './solution';

function sampleProducts() {
  return [
    { name: 'Lamp', price: 30 },
    { name: 'Mug', price: 8 },
    { name: 'Chair', price: 45 },
    { name: 'Candle', price: 8 },
  ];
}

function names(products) {
  return products.map((p) => p.name);
}

describe('cheapestFirst', () => {
  test('orders products from cheapest to most expensive', () => {
    const sorted = cheapestFirst([
      { name: 'Lamp', price: 30 },
      { name: 'Mug', price: 8 },
      { name: 'Chair', price: 45 },
    ]);
    expect(names(sorted)).toEqual(['Mug', 'Lamp', 'Chair']);
  });

  test('compares prices as numbers, not as text', () => {
    const sorted = cheapestFirst([
      { name: 'Sofa', price: 100 },
      { name: 'Rug', price: 25 },
      { name: 'Pen', price: 3 },
    ]);
    expect(names(sorted)).toEqual(['Pen', 'Rug', 'Sofa']);
  });

  test('breaks ties in price by name', () => {
    expect(names(cheapestFirst(sampleProducts()))).toEqual(['Candle', 'Mug', 'Lamp', 'Chair']);
  });

  test('breaks a three-way tie by name', () => {
    const sorted = cheapestFirst([
      { name: 'Wallet', price: 5 },
      { name: 'Bag', price: 5 },
      { name: 'Jacket', price: 5 },
    ]);
    expect(names(sorted)).toEqual(['Bag', 'Jacket', 'Wallet']);
  });

  test('works with prices that have cents and free items', () => {
    const sorted = cheapestFirst([
      { name: 'Gum', price: 0.99 },
      { name: 'Sticker', price: 0 },
      { name: 'Juice', price: 1.5 },
    ]);
    expect(names(sorted)).toEqual(['Sticker', 'Gum', 'Juice']);
  });

  test('returns an empty array for no products', () => {
    expect(cheapestFirst([])).toEqual([]);
  });

  test('keeps the whole product objects', () => {
    const sorted = cheapestFirst(sampleProducts());
    expect(sorted).toHaveLength(4);
    expect(sorted[0]).toEqual({ name: 'Candle', price: 8 });
  });

  test('does not change the order of the original array', () => {
    const products = sampleProducts();
    const sorted = cheapestFirst(products);
    expect(names(products)).toEqual(['Lamp', 'Mug', 'Chair', 'Candle']);
    expect(sorted).not.toBe(products);
  });
});
