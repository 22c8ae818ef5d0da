import { describe, test, expect } from '@jest/globals';
import { totalPrice } from './solution';

describe('totalPrice', () => {
  test('three units at 5 each cost 16.5 with tax', () => {
    expect(totalPrice(5, 3)).toBeCloseTo(16.5);
  });

  test('one unit at 10 costs 11 with tax', () => {
    expect(totalPrice(10, 1)).toBeCloseTo(11);
  });

  test('returns a number', () => {
    expect(typeof totalPrice(10, 1)).toBe('number');
  });

  test('a free product costs nothing', () => {
    expect(totalPrice(0, 4)).toBeCloseTo(0);
  });

  test('buying zero units costs nothing', () => {
    expect(totalPrice(2.5, 0)).toBeCloseTo(0);
  });

  test('works with prices that have cents', () => {
    expect(totalPrice(19.99, 2)).toBeCloseTo(43.978);
  });

  test('works with large orders', () => {
    expect(totalPrice(100, 10)).toBeCloseTo(1100);
  });

  test('adds tax on top of the subtotal, not only the subtotal', () => {
    expect(totalPrice(20, 2)).toBeGreaterThan(40);
  });

  test('a refund (negative price) gives back the tax too', () => {
    expect(totalPrice(-20, 1)).toBeCloseTo(-22);
  });
});
