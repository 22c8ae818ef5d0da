import { describe, test, expect } from '@jest/globals';
import { balanceAfterDay, daySummary } from './solution';

describe('balanceAfterDay', () => {
  test('works out the worked example', () => {
    expect(balanceAfterDay(150000, 50000, 12550, 2)).toBe(186450);
  });

  test('charges 500 centavos for one transfer', () => {
    expect(balanceAfterDay(10000, 0, 0, 1)).toBe(9500);
  });

  test('charges 500 centavos for each of several transfers', () => {
    expect(balanceAfterDay(10000, 0, 0, 5)).toBe(7500);
  });

  test('charges nothing extra without transfers', () => {
    expect(balanceAfterDay(20000, 3000, 4500, 0)).toBe(18500);
  });

  test('a day with no movements keeps the balance', () => {
    expect(balanceAfterDay(73210, 0, 0, 0)).toBe(73210);
  });

  test('can end below zero when the user spends more than they have', () => {
    expect(balanceAfterDay(1000, 0, 1200, 1)).toBe(-700);
  });
});

describe('daySummary', () => {
  test('reports the start and the end of the day', () => {
    expect(daySummary(150000, 50000, 12550, 2)).toBe("Start: 150000 centavos. End: 186450 centavos.");
  });

  test('uses the fees in the end balance', () => {
    expect(daySummary(5000, 1000, 0, 3)).toBe("Start: 5000 centavos. End: 4500 centavos.");
  });
});
