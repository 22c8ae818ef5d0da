import { describe, test, expect } from '@jest/globals';
import { totalPrice } from './solution';

describe('totalPrice', () => {
  test('three units at 50 pesos each cost 174 with IVA', () => {
    expect(totalPrice(50, 3)).toBeCloseTo(174);
  });

  test('one unit at 100 pesos costs 116 with IVA', () => {
    expect(totalPrice(100, 1)).toBeCloseTo(116);
  });

  test('returns a number', () => {
    expect(typeof totalPrice(100, 1)).toBe('number');
  });

  test('a free product costs nothing', () => {
    expect(totalPrice(0, 4)).toBeCloseTo(0);
  });

  test('buying zero units costs nothing', () => {
    expect(totalPrice(2.5, 0)).toBeCloseTo(0);
  });

  test('works with prices that have cents', () => {
    expect(totalPrice(19.99, 2)).toBeCloseTo(46.3768);
  });

  test('works with large orders', () => {
    expect(totalPrice(1000, 10)).toBeCloseTo(11600);
  });

  test('adds tax on top of the subtotal, not only the subtotal', () => {
    expect(totalPrice(20, 2)).toBeGreaterThan(40);
  });

  test('a refund (negative price) gives back the tax too', () => {
    expect(totalPrice(-200, 1)).toBeCloseTo(-232);
  });
});
