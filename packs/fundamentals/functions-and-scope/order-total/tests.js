import { describe, test, expect } from '@jest/globals';
import { subtotal, shippingCost, orderTotal } from './solution';

describe('orderTotal', () => {
  test('subtotal multiplies price by quantity', () => {
    expect(subtotal(4, 3)).toBe(12);
    expect(subtotal(2.5, 4)).toBe(10);
  });

  test('shippingCost charges 6 below 50', () => {
    expect(shippingCost(12)).toBe(6);
    expect(shippingCost(49.99)).toBe(6);
  });

  test('shippingCost is free from exactly 50', () => {
    expect(shippingCost(50)).toBe(0);
    expect(shippingCost(120)).toBe(0);
  });

  test('adds shipping to a small order', () => {
    expect(orderTotal(4, 3)).toBe(18);
  });

  test('does not add shipping to a big order', () => {
    expect(orderTotal(10, 6)).toBe(60);
  });

  test('uses a discount of 0 when none is given', () => {
    expect(orderTotal(25, 2)).toBe(50);
    expect(orderTotal(25, 2, 0)).toBe(50);
  });

  test('charges shipping when the discount takes the order below 50', () => {
    expect(orderTotal(10, 6, 15)).toBe(51);
  });

  test('keeps free shipping when the discounted order is still 50 or more', () => {
    expect(orderTotal(20, 4, 10)).toBe(70);
  });

  test('charges only shipping for zero items', () => {
    expect(orderTotal(4, 0)).toBe(6);
  });
});
