import { describe, test, expect } from '@jest/globals';
import { monthlySummary } from './solution';

function record(date, category, amount) {
  return { date, category, amount, description: '' };
}

describe('monthlySummary', () => {
  test('summarizes one month', () => {
    const records = [
      record('2025-03-01', 'salary', 2500),
      record('2025-03-02', 'rent', -700),
      record('2025-03-09', 'food', -42.3),
    ];
    expect(monthlySummary(records)).toEqual([
      { month: '2025-03', income: 2500, spending: 742.3, balance: 1757.7 },
    ]);
  });

  test('puts months in date order', () => {
    const records = [
      record('2025-04-02', 'food', -10),
      record('2025-03-15', 'food', -20),
      record('2025-04-01', 'salary', 100),
    ];
    expect(monthlySummary(records).map((s) => s.month)).toEqual(['2025-03', '2025-04']);
  });

  test('puts December before the next January', () => {
    const records = [record('2025-01-05', 'food', -1), record('2024-12-24', 'gifts', -50)];
    expect(monthlySummary(records).map((s) => s.month)).toEqual(['2024-12', '2025-01']);
  });

  test('gives a negative balance when spending is bigger', () => {
    const records = [record('2025-05-03', 'repairs', -120.5)];
    expect(monthlySummary(records)).toEqual([
      { month: '2025-05', income: 0, spending: 120.5, balance: -120.5 },
    ]);
  });

  test('rounds every number to cents', () => {
    const records = [
      record('2025-06-01', 'snacks', -0.1),
      record('2025-06-02', 'snacks', -0.2),
      record('2025-06-03', 'tips', 0.7),
    ];
    const [june] = monthlySummary(records);
    expect(june.spending).toBe(0.3);
    expect(june.income).toBe(0.7);
    expect(june.balance).toBe(0.4);
  });

  test('returns an empty array when there are no records', () => {
    expect(monthlySummary([])).toEqual([]);
  });

  test('does not change the records', () => {
    const records = [record('2025-03-02', 'food', -20)];
    monthlySummary(records);
    expect(records).toEqual([record('2025-03-02', 'food', -20)]);
  });
});
