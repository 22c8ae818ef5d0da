import { describe, test, expect } from '@jest/globals';
import { balanceAtMonthEnd } from './solution';

describe('balanceAtMonthEnd', () => {
  test('applies salary, rent, groceries and the fee', () => {
    expect(balanceAtMonthEnd(50000, 1850000, 900000, 320050)).toBe(678210);
  });

  test('charges the 1740-centavo fee even in a quiet month', () => {
    expect(balanceAtMonthEnd(0, 0, 0, 0)).toBe(-1740);
  });

  test('works when the month starts overdrawn', () => {
    expect(balanceAtMonthEnd(-5000, 1000000, 600000, 200000)).toBe(193260);
  });

  test('can end the month below zero', () => {
    expect(balanceAtMonthEnd(2000, 900000, 800000, 150000)).toBe(-49740);
  });

  test('keeps every centavo exact', () => {
    expect(balanceAtMonthEnd(1050, 120025, 65000, 31075)).toBe(23260);
    expect(balanceAtMonthEnd(10, 20, 0, 0)).toBe(-1710);
  });

  test('a bigger salary leaves more money', () => {
    expect(balanceAtMonthEnd(0, 2000000, 700000, 300000)).toBeGreaterThan(
      balanceAtMonthEnd(0, 1500000, 700000, 300000),
    );
  });

  test('returns a number', () => {
    expect(typeof balanceAtMonthEnd(50000, 1850000, 900000, 320050)).toBe('number');
  });
});
