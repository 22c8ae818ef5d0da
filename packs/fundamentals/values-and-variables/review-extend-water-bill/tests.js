import { describe, test, expect } from '@jest/globals';
import { cubicMetersUsed, waterCharge, withinAllowance, leakSuspected, billLine } from './solution';

describe('the existing helpers still work', () => {
  test('cubicMetersUsed subtracts the readings', () => {
    expect(cubicMetersUsed(1200, 1218)).toBe(18);
    expect(cubicMetersUsed(75, 75)).toBe(0);
  });

  test('waterCharge charges 1250 per cubic meter', () => {
    expect(waterCharge(18)).toBe(22500);
    expect(waterCharge(0)).toBe(0);
  });

  test('withinAllowance is true up to 30 cubic meters', () => {
    expect(withinAllowance(30)).toBe(true);
    expect(withinAllowance(31)).toBe(false);
  });
});

describe('leakSuspected', () => {
  test('more than twice last month is a possible leak', () => {
    expect(leakSuspected(1200, 1218, 8)).toBe(true);
  });

  test('exactly twice last month is not a leak', () => {
    expect(leakSuspected(1200, 1216, 8)).toBe(false);
  });

  test('less than last month is not a leak', () => {
    expect(leakSuspected(4000, 4005, 12)).toBe(false);
  });

  test('compares the cubic meters used, not the meter reading', () => {
    expect(leakSuspected(900, 915, 10)).toBe(false);
  });
});

describe('billLine', () => {
  test('builds the worked example', () => {
    expect(billLine("00718", 1200, 1218, 10)).toBe(
      "Account 00718: 18 m3, total 27000 centavos, within allowance: true, possible leak: false"
    );
  });

  test('a heavy month is over the allowance and may be a leak', () => {
    expect(billLine("31-0042", 500, 540, 15)).toBe(
      "Account 31-0042: 40 m3, total 54500 centavos, within allowance: false, possible leak: true"
    );
  });

  test('a month without water still pays the service fee', () => {
    expect(billLine("00009", 320, 320, 0)).toBe(
      "Account 00009: 0 m3, total 4500 centavos, within allowance: true, possible leak: false"
    );
  });

  test('keeps the account number exactly as given', () => {
    expect(billLine("000123", 10, 40, 30)).toBe(
      "Account 000123: 30 m3, total 42000 centavos, within allowance: true, possible leak: false"
    );
  });
});
