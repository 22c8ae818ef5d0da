import { describe, test, expect } from '@jest/globals';
import { spendingByCategory } from './solution';

function record(date, category, amountCents) {
  return { date, category, amountCents, description: '' };
}

describe('spendingByCategory', () => {
  test('adds up the spending of each category, biggest first', () => {
    const records = [
      record('2025-03-01', 'transport', -275),
      record('2025-03-02', 'food', -2000),
      record('2025-03-03', 'transport', -275),
      record('2025-03-04', 'food', -1550),
    ];
    expect([...spendingByCategory(records)]).toEqual([
      ['food', 3550],
      ['transport', 550],
    ]);
  });

  test('returns a Map', () => {
    const totals = spendingByCategory([record('2025-03-02', 'food', -2000)]);
    expect(totals).toBeInstanceOf(Map);
    expect(totals.get('food')).toBe(2000);
  });

  test('ignores income', () => {
    const records = [record('2025-03-01', 'salary', 250000), record('2025-03-02', 'food', -2000)];
    const totals = spendingByCategory(records);
    expect(totals.has('salary')).toBe(false);
    expect(totals.size).toBe(1);
  });

  test('adds centavos exactly', () => {
    const records = [
      record('2025-03-01', 'snacks', -10),
      record('2025-03-02', 'snacks', -20),
      record('2025-03-03', 'snacks', -29),
    ];
    expect(spendingByCategory(records).get('snacks')).toBe(59);
  });

  test('keeps the order of first appearance for equal totals', () => {
    const records = [
      record('2025-03-01', 'gym', -3000),
      record('2025-03-02', 'café', -3000),
      record('2025-03-03', 'rent', -70000),
    ];
    expect([...spendingByCategory(records).keys()]).toEqual(['rent', 'gym', 'café']);
  });

  test('returns an empty Map when there is no spending', () => {
    expect(spendingByCategory([]).size).toBe(0);
    expect(spendingByCategory([record('2025-03-01', 'salary', 10000)]).size).toBe(0);
  });

  test('does not change the records', () => {
    const records = [record('2025-03-02', 'food', -2000)];
    spendingByCategory(records);
    expect(records).toEqual([record('2025-03-02', 'food', -2000)]);
  });
});
