import { describe, test, expect } from '@jest/globals';
import { lineTotal, orderTotal } from './solution';

describe('lineTotal', () => {
  test('returns the price times the quantity', () => {
    expect(lineTotal(2500, 4)).toBe(10000);
  });

  test('zero items cost nothing', () => {
    expect(lineTotal(3000, 0)).toBe(0);
  });
});

describe('orderTotal', () => {
  test('adds tacos, drinks and a 15% tip', () => {
    expect(orderTotal(4, 2, 15)).toBe(18400);
  });

  test('uses a 10% tip when none is given', () => {
    expect(orderTotal(3, 1)).toBe(11550);
  });

  test('rounds the tip to the nearest centavo', () => {
    expect(orderTotal(3, 0, 12.5)).toBe(8438);
  });

  test('a 0% tip is a real choice, not a missing one', () => {
    expect(orderTotal(2, 2, 0)).toBe(11000);
  });

  test('gives the same total every time for the same order', () => {
    const first = orderTotal(1, 1, 10);
    const second = orderTotal(1, 1, 10);
    expect(first).toBe(6050);
    expect(second).toBe(6050);
  });

  test('one order does not change the next one', () => {
    orderTotal(10, 10, 20);
    expect(orderTotal(0, 1, 0)).toBe(3000);
  });
});
