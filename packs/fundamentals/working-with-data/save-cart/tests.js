import { describe, test, expect } from '@jest/globals';
import { saveCart, loadCart } from './solution';

const cart = [
  { name: "Coffee", price: 8.5, qty: 1 },
  { name: "Tortillas", price: 2, qty: 0 },
  { name: "Avocado", price: 1.2, qty: 3 },
];

describe('saveCart', () => {
  test('returns JSON text without the removed items', () => {
    expect(saveCart(cart)).toBe(
      '[{"name":"Coffee","price":8.5,"qty":1},{"name":"Avocado","price":1.2,"qty":3}]'
    );
  });

  test('saves an empty cart as an empty JSON array', () => {
    expect(saveCart([])).toBe("[]");
  });

  test('leaves out items with a negative quantity', () => {
    expect(saveCart([{ name: "Pan", price: 1, qty: -1 }])).toBe("[]");
  });

  test('keeps accents and ñ in the text', () => {
    expect(saveCart([{ name: "Piña", price: 3, qty: 2 }])).toBe('[{"name":"Piña","price":3,"qty":2}]');
  });

  test('does not change the cart', () => {
    saveCart(cart);
    expect(cart).toHaveLength(3);
  });
});

describe('loadCart', () => {
  test('reads saved text back into items', () => {
    expect(loadCart('[{"name":"Coffee","price":8.5,"qty":1}]')).toEqual([
      { name: "Coffee", price: 8.5, qty: 1 },
    ]);
  });

  test('gives back what saveCart saved', () => {
    expect(loadCart(saveCart(cart))).toEqual([
      { name: "Coffee", price: 8.5, qty: 1 },
      { name: "Avocado", price: 1.2, qty: 3 },
    ]);
  });

  test('returns an empty array for null', () => {
    expect(loadCart(null)).toEqual([]);
  });

  test('returns an empty array for an empty string', () => {
    expect(loadCart("")).toEqual([]);
  });

  test('returns an empty array for broken text', () => {
    expect(loadCart("[{name: Coffee")).toEqual([]);
  });

  test('reads an empty saved cart', () => {
    expect(loadCart("[]")).toEqual([]);
  });
});
