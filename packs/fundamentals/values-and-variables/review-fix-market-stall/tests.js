import { describe, test, expect } from '@jest/globals';
import { dayProfit, cashInBox, daySummary } from './solution';

describe('dayProfit', () => {
  test('takes the stall fee and the terminal rent from the sales', () => {
    expect(dayProfit(60000, 45000)).toBe(87100);
  });

  test('returns a number', () => {
    expect(typeof dayProfit(20000, 0)).toBe("number");
  });

  test('a day with no sales loses the costs', () => {
    expect(dayProfit(0, 0)).toBe(-17900);
  });
});

describe('cashInBox', () => {
  test('adds the cash sales and takes away the payouts', () => {
    expect(cashInBox(5000, 60000, 12000)).toBe(53000);
  });

  test('card sales never reach the box', () => {
    expect(cashInBox(10000, 0, 0)).toBe(10000);
  });

  test('payouts can be more than the sales', () => {
    expect(cashInBox(5000, 2000, 6500)).toBe(500);
  });
});

describe('daySummary', () => {
  test('reports a day over the goal', () => {
    expect(daySummary(60000, 45000)).toBe("Profit: 87100 centavos. Goal reached: true");
  });

  test('reports a day under the goal', () => {
    expect(daySummary(50000, 30000)).toBe("Profit: 62100 centavos. Goal reached: false");
  });

  test('reaching the goal exactly counts', () => {
    expect(daySummary(90000, 7900)).toBe("Profit: 80000 centavos. Goal reached: true");
  });

  test('one centavo short does not count', () => {
    expect(daySummary(90000, 7899)).toBe("Profit: 79999 centavos. Goal reached: false");
  });
});
