import { describe, test, expect } from '@jest/globals';
import { totalPrice } from './solution';

describe('totalPrice', () => {
  test('three units at $50.00 each cost 17400 centavos with IVA', () => {
    expect(totalPrice(5000, 3)).toBe(17400);
  });

  test('one unit at $100.00 costs 11600 centavos with IVA', () => {
    expect(totalPrice(10000, 1)).toBe(11600);
  });

  test('returns a number', () => {
    expect(typeof totalPrice(10000, 1)).toBe('number');
  });

  test('a free product costs nothing', () => {
    expect(totalPrice(0, 4)).toBe(0);
  });

  test('buying zero units costs nothing', () => {
    expect(totalPrice(250, 0)).toBe(0);
  });

  test('rounds the tax to the nearest centavo', () => {
    // 3998 * 16 / 100 is 639.68, which rounds up to 640
    expect(totalPrice(1999, 2)).toBe(4638);
    // 1005 * 16 / 100 is 160.8, which rounds up to 161
    expect(totalPrice(1005, 1)).toBe(1166);
    // 1001 * 16 / 100 is 160.16, which rounds down to 160
    expect(totalPrice(1001, 1)).toBe(1161);
  });

  test('always returns a whole number of centavos', () => {
    expect(Number.isInteger(totalPrice(1234, 7))).toBe(true);
    expect(Number.isInteger(totalPrice(99, 3))).toBe(true);
  });

  test('works with large orders', () => {
    expect(totalPrice(100000, 10)).toBe(1160000);
  });

  test('adds tax on top of the subtotal, not only the subtotal', () => {
    expect(totalPrice(2000, 2)).toBeGreaterThan(4000);
  });

  test('a refund (negative price) gives back the tax too', () => {
    expect(totalPrice(-20000, 1)).toBe(-23200);
  });
});
