import { describe, test, expect } from '@jest/globals';
import { commission, monthPay, payslip } from './solution';

describe('commission', () => {
  test('uses 3% when no rate is given', () => {
    expect(commission(1000000)).toBe(30000);
  });

  test('uses the rate it is given', () => {
    expect(commission(1000000, 0.05)).toBe(50000);
    expect(commission(2500000, 0.025)).toBe(62500);
  });

  test('rounds to the nearest centavo', () => {
    expect(commission(12345, 0.03)).toBe(370);
    expect(commission(12350)).toBe(371);
  });
});

describe('monthPay', () => {
  test('adds the commission to the base', () => {
    expect(monthPay(1200000, 2500000)).toBe(1275000);
  });

  test('adds the bonus when the sales reach the goal exactly', () => {
    expect(monthPay(1200000, 10000000, 0.02)).toBe(1450000);
  });

  test('adds the bonus above the goal too', () => {
    expect(monthPay(1000000, 12000000)).toBe(1410000);
  });

  test('no bonus just under the goal', () => {
    expect(monthPay(1000000, 9999900, 0.01)).toBe(1099999);
  });

  test('gives the same answer every time', () => {
    expect(monthPay(1200000, 10000000, 0.02)).toBe(monthPay(1200000, 10000000, 0.02));
  });
});

describe('payslip', () => {
  test('a month under the goal', () => {
    expect(payslip("Óscar", 1200000, 2500000)).toBe("Óscar: 1275000 centavos");
  });

  test('a month that reaches the goal', () => {
    expect(payslip("Ximena", 1200000, 10000000, 0.02)).toBe("Ximena: 1450000 centavos (goal reached)");
  });

  test('a month without sales', () => {
    expect(payslip("José", 900000, 0, 0.05)).toBe("José: 900000 centavos");
  });
});
