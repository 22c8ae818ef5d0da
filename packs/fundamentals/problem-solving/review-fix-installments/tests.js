import { describe, test, expect } from '@jest/globals';
import { installments, formatPesos, schedule } from './solution';

const sum = (numbers) => numbers.reduce((total, n) => total + n, 0);

describe('installments', () => {
  test('gives the extra centavo to the first payment', () => {
    expect(installments(100000, 3)).toEqual([33334, 33333, 33333]);
  });

  test('gives two extra centavos to the first two payments', () => {
    expect(installments(200000, 3)).toEqual([66667, 66667, 66666]);
  });

  test('splits evenly when it can', () => {
    expect(installments(90000, 6)).toEqual([15000, 15000, 15000, 15000, 15000, 15000]);
  });

  test('a single month is the whole price', () => {
    expect(installments(129900, 1)).toEqual([129900]);
  });

  test('always adds up to the price, with the right number of payments', () => {
    for (const [total, months] of [[1999900, 12], [500, 18], [799999, 9], [7, 3]]) {
      const payments = installments(total, months);
      expect(payments).toHaveLength(months);
      expect(sum(payments)).toBe(total);
      expect(payments[0] - payments[months - 1]).toBeLessThanOrEqual(1);
    }
  });
});

describe('formatPesos', () => {
  test('shows two decimals', () => {
    expect(formatPesos(33334)).toBe("$333.34");
  });

  test('pads centavos below 10 with a zero', () => {
    expect(formatPesos(33305)).toBe("$333.05");
    expect(formatPesos(15000)).toBe("$150.00");
  });

  test('works below one peso', () => {
    expect(formatPesos(7)).toBe("$0.07");
  });
});

describe('schedule', () => {
  test('numbers the payments from 1', () => {
    expect(schedule(100000, 3)).toEqual(["1/3 $333.34", "2/3 $333.33", "3/3 $333.33"]);
  });

  test('shows every payment of the customer\'s phone', () => {
    expect(schedule(200000, 3)).toEqual(["1/3 $666.67", "2/3 $666.67", "3/3 $666.66"]);
  });
});
