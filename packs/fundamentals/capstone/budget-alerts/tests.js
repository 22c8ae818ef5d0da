import { describe, test, expect } from '@jest/globals';
import { budgetAlerts } from './solution';

function record(date, category, amountCents) {
  return { date, category, amountCents, description: '' };
}

describe('budgetAlerts', () => {
  test('reports a category that went over its budget', () => {
    const records = [
      record('2025-03-05', 'food', -12040),
      record('2025-03-20', 'food', -9510),
      record('2025-03-22', 'fun', -3000),
    ];
    expect(budgetAlerts(records, { food: 20000, fun: 5000 })).toEqual([
      { month: '2025-03', category: 'food', spentCents: 21550, limitCents: 20000, overCents: 1550 },
    ]);
  });

  test('spending exactly the budget is fine', () => {
    const records = [record('2025-03-05', 'fun', -2000), record('2025-03-06', 'fun', -3000)];
    expect(budgetAlerts(records, { fun: 5000 })).toEqual([]);
  });

  test('ignores categories without a budget', () => {
    const records = [record('2025-03-02', 'rent', -70000)];
    expect(budgetAlerts(records, { food: 20000 })).toEqual([]);
  });

  test('checks every month on its own', () => {
    const records = [
      record('2025-03-05', 'food', -15000),
      record('2025-04-05', 'food', -15000),
      record('2025-04-25', 'food', -10000),
    ];
    expect(budgetAlerts(records, { food: 20000 })).toEqual([
      { month: '2025-04', category: 'food', spentCents: 25000, limitCents: 20000, overCents: 5000 },
    ]);
  });

  test('orders alerts by month, then by the biggest overspend', () => {
    const records = [
      record('2025-04-01', 'fun', -6000),
      record('2025-03-01', 'fun', -5500),
      record('2025-03-02', 'food', -30000),
      record('2025-04-02', 'food', -23000),
    ];
    const alerts = budgetAlerts(records, { food: 20000, fun: 5000 });
    expect(alerts.map((a) => `${a.month} ${a.category}`)).toEqual([
      '2025-03 food',
      '2025-03 fun',
      '2025-04 food',
      '2025-04 fun',
    ]);
  });

  test('income does not count as spending', () => {
    const records = [record('2025-03-01', 'food', 50000), record('2025-03-02', 'food', -1000)];
    expect(budgetAlerts(records, { food: 500 })).toEqual([
      { month: '2025-03', category: 'food', spentCents: 1000, limitCents: 500, overCents: 500 },
    ]);
  });

  test('a budget of 0 alerts on any spending', () => {
    const records = [record('2025-03-01', 'cigarrillos', -450)];
    expect(budgetAlerts(records, { cigarrillos: 0 })).toEqual([
      { month: '2025-03', category: 'cigarrillos', spentCents: 450, limitCents: 0, overCents: 450 },
    ]);
  });

  test('counts every centavo: one centavo over is over', () => {
    const records = [record('2025-03-01', 'snacks', -10), record('2025-03-02', 'snacks', -20)];
    expect(budgetAlerts(records, { snacks: 29 })).toEqual([
      { month: '2025-03', category: 'snacks', spentCents: 30, limitCents: 29, overCents: 1 },
    ]);
  });

  test('returns an empty array when there are no records', () => {
    expect(budgetAlerts([], { food: 20000 })).toEqual([]);
  });
});
