import { describe, test, expect } from '@jest/globals';
import { monthlySummary } from './solution';

function record(date, category, amountCents) {
  return { date, category, amountCents, description: '' };
}

describe('monthlySummary', () => {
  test('summarizes one month', () => {
    const records = [
      record('2025-03-01', 'salary', 250000),
      record('2025-03-02', 'rent', -70000),
      record('2025-03-09', 'food', -4230),
    ];
    expect(monthlySummary(records)).toEqual([
      { month: '2025-03', incomeCents: 250000, spendingCents: 74230, balanceCents: 175770 },
    ]);
  });

  test('puts months in date order', () => {
    const records = [
      record('2025-04-02', 'food', -1000),
      record('2025-03-15', 'food', -2000),
      record('2025-04-01', 'salary', 10000),
    ];
    expect(monthlySummary(records).map((s) => s.month)).toEqual(['2025-03', '2025-04']);
  });

  test('puts December before the next January', () => {
    const records = [record('2025-01-05', 'food', -100), record('2024-12-24', 'gifts', -5000)];
    expect(monthlySummary(records).map((s) => s.month)).toEqual(['2024-12', '2025-01']);
  });

  test('gives a negative balance when spending is bigger', () => {
    const records = [record('2025-05-03', 'repairs', -12050)];
    expect(monthlySummary(records)).toEqual([
      { month: '2025-05', incomeCents: 0, spendingCents: 12050, balanceCents: -12050 },
    ]);
  });

  test('adds centavos exactly', () => {
    const records = [
      record('2025-06-01', 'snacks', -10),
      record('2025-06-02', 'snacks', -20),
      record('2025-06-03', 'tips', 70),
    ];
    const [june] = monthlySummary(records);
    expect(june.spendingCents).toBe(30);
    expect(june.incomeCents).toBe(70);
    expect(june.balanceCents).toBe(40);
  });

  test('returns an empty array when there are no records', () => {
    expect(monthlySummary([])).toEqual([]);
  });

  test('does not change the records', () => {
    const records = [record('2025-03-02', 'food', -2000)];
    monthlySummary(records);
    expect(records).toEqual([record('2025-03-02', 'food', -2000)]);
  });
});
