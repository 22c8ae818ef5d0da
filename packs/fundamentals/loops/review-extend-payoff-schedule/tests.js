import { describe, test, expect } from '@jest/globals';
import { monthInterest, monthsToPayOff, payoffSchedule } from './solution';

describe('the existing functions still work', () => {
  test('monthInterest rounds to the nearest centavo', () => {
    expect(monthInterest(100000, 3)).toBe(3000);
    expect(monthInterest(24890, 3)).toBe(747);
  });

  test('monthsToPayOff counts the months, or gives -1', () => {
    expect(monthsToPayOff(100000, 3, 40000)).toBe(3);
    expect(monthsToPayOff(100000, 3, 3000)).toBe(-1);
  });
});

describe('payoffSchedule', () => {
  test('builds the worked example', () => {
    expect(payoffSchedule(100000, 3, 40000)).toBe(
      "Month 1: interest 3000, paid 40000, left 63000\n" +
      "Month 2: interest 1890, paid 40000, left 24890\n" +
      "Month 3: interest 747, paid 25637, left 0\n" +
      "Total interest: 5637"
    );
  });

  test('a payment that covers everything at once', () => {
    expect(payoffSchedule(50000, 2, 80000)).toBe(
      "Month 1: interest 1000, paid 51000, left 0\nTotal interest: 1000"
    );
  });

  test('a last payment that is exactly the payment', () => {
    expect(payoffSchedule(20000, 0, 10000)).toBe(
      "Month 1: interest 0, paid 10000, left 10000\n" +
      "Month 2: interest 0, paid 10000, left 0\n" +
      "Total interest: 0"
    );
  });

  test('has one line per month that monthsToPayOff counts, plus the total', () => {
    const lines = payoffSchedule(1250000, 4, 90000).split("\n");
    expect(lines.length).toBe(monthsToPayOff(1250000, 4, 90000) + 1);
    expect(lines[lines.length - 1]).toBe("Total interest: 611232");
    expect(lines[lines.length - 2].endsWith("left 0")).toBe(true);
  });

  test('a payment that only covers the interest never pays off the card', () => {
    expect(payoffSchedule(100000, 3, 3000)).toBe("This payment never pays off the card.");
    expect(payoffSchedule(100000, 3, 1000)).toBe("This payment never pays off the card.");
  });

  test('a balance of 0 needs no months', () => {
    expect(payoffSchedule(0, 3, 40000)).toBe("Total interest: 0");
  });
});
