import { describe, test, expect } from '@jest/globals';
import { grossPay, netPay, payStub } from './solution';

describe('grossPay', () => {
  test('pays regular hours at the hourly rate', () => {
    expect(grossPay(5000, 30, 0)).toBe(150000);
  });

  test('pays overtime hours double', () => {
    expect(grossPay(6250, 40, 8)).toBe(350000);
  });

  test('works with overtime only', () => {
    expect(grossPay(4000, 0, 3)).toBe(24000);
  });
});

describe('netPay', () => {
  test('takes away the weekly deduction of 9500', () => {
    expect(netPay(5000, 30, 0)).toBe(140500);
  });

  test('takes away the deduction after the overtime', () => {
    expect(netPay(6250, 40, 8)).toBe(340500);
  });
});

describe('payStub', () => {
  test('builds the worked example', () => {
    expect(payStub("Ximena Ruiz", 6250, 40, 8)).toBe(
      "Ximena Ruiz: 48 hours, gross 350000, net 340500, at least minimum: true"
    );
  });

  test('says false when the net pay is under the minimum', () => {
    expect(payStub("Óscar", 5000, 40, 0)).toBe(
      "Óscar: 40 hours, gross 200000, net 190500, at least minimum: false"
    );
  });

  test('exactly the minimum counts as at least the minimum', () => {
    expect(payStub("Ana", 20466, 10, 0)).toBe(
      "Ana: 10 hours, gross 204660, net 195160, at least minimum: true"
    );
  });

  test('one centavo under the minimum is not enough', () => {
    expect(payStub("Luis", 29237, 7, 0)).toBe(
      "Luis: 7 hours, gross 204659, net 195159, at least minimum: false"
    );
  });

  test('compares the net pay, not the gross pay', () => {
    expect(payStub("Itzel", 50000, 4, 0)).toBe(
      "Itzel: 4 hours, gross 200000, net 190500, at least minimum: false"
    );
  });
});
