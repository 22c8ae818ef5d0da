import { describe, test, expect } from '@jest/globals';
import { balanceAtMonthEnd } from './solution';

describe('balanceAtMonthEnd', () => {
  test('applies salary, rent, groceries and the fee', () => {
    expect(balanceAtMonthEnd(100, 1500, 700, 300)).toBeCloseTo(596);
  });

  test('charges the fee even in a quiet month', () => {
    expect(balanceAtMonthEnd(0, 0, 0, 0)).toBeCloseTo(-4);
  });

  test('works when the month starts overdrawn', () => {
    expect(balanceAtMonthEnd(-50, 1000, 600, 200)).toBeCloseTo(146);
  });

  test('can end the month below zero', () => {
    expect(balanceAtMonthEnd(20, 900, 800, 150)).toBeCloseTo(-34);
  });

  test('works with cents', () => {
    expect(balanceAtMonthEnd(10.5, 1200.25, 650, 310.75)).toBeCloseTo(246);
  });

  test('a bigger salary leaves more money', () => {
    expect(balanceAtMonthEnd(0, 2000, 700, 300)).toBeGreaterThan(
      balanceAtMonthEnd(0, 1500, 700, 300),
    );
  });

  test('returns a number', () => {
    expect(typeof balanceAtMonthEnd(100, 1500, 700, 300)).toBe('number');
  });
});
