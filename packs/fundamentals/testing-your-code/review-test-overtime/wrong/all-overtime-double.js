// Expects every overtime hour to be paid double, so a test fails against the correct version.
import { weeklyPay } from './solution';

describe('weeklyPay', () => {
  test('pays a week without overtime at the normal rate', () => {
    expect(weeklyPay(40, 6000)).toBe(240000);
  });

  test('pays overtime double', () => {
    expect(weeklyPay(60, 6000)).toBe(48 * 6000 + 12 * 12000);
  });

  test('a week off pays nothing', () => {
    expect(weeklyPay(0, 6000)).toBe(0);
  });

  test('refuses bad input', () => {
    expect(() => weeklyPay(169, 6000)).toThrow(RangeError);
    expect(() => weeklyPay(40.5, 6000)).toThrow(RangeError);
    expect(() => weeklyPay(40, 0)).toThrow(RangeError);
  });
});
