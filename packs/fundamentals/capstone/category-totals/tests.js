import { describe, test, expect } from '@jest/globals';
import { spendingByCategory } from './solution';

function record(date, category, amount) {
  return { date, category, amount, description: '' };
}

describe('spendingByCategory', () => {
  test('adds up the spending of each category, biggest first', () => {
    const records = [
      record('2025-03-01', 'transport', -2.75),
      record('2025-03-02', 'food', -20),
      record('2025-03-03', 'transport', -2.75),
      record('2025-03-04', 'food', -15.5),
    ];
    expect([...spendingByCategory(records)]).toEqual([
      ['food', 35.5],
      ['transport', 5.5],
    ]);
  });

  test('returns a Map', () => {
    const totals = spendingByCategory([record('2025-03-02', 'food', -20)]);
    expect(totals).toBeInstanceOf(Map);
    expect(totals.get('food')).toBe(20);
  });

  test('ignores income', () => {
    const records = [record('2025-03-01', 'salary', 2500), record('2025-03-02', 'food', -20)];
    const totals = spendingByCategory(records);
    expect(totals.has('salary')).toBe(false);
    expect(totals.size).toBe(1);
  });

  test('rounds totals to cents', () => {
    const records = [record('2025-03-01', 'snacks', -0.1), record('2025-03-02', 'snacks', -0.2)];
    expect(spendingByCategory(records).get('snacks')).toBe(0.3);
  });

  test('keeps the order of first appearance for equal totals', () => {
    const records = [
      record('2025-03-01', 'gym', -30),
      record('2025-03-02', 'café', -30),
      record('2025-03-03', 'rent', -700),
    ];
    expect([...spendingByCategory(records).keys()]).toEqual(['rent', 'gym', 'café']);
  });

  test('returns an empty Map when there is no spending', () => {
    expect(spendingByCategory([]).size).toBe(0);
    expect(spendingByCategory([record('2025-03-01', 'salary', 100)]).size).toBe(0);
  });

  test('does not change the records', () => {
    const records = [record('2025-03-02', 'food', -20)];
    spendingByCategory(records);
    expect(records).toEqual([record('2025-03-02', 'food', -20)]);
  });
});
