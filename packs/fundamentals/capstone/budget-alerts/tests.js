import { describe, test, expect } from '@jest/globals';
import { budgetAlerts } from './solution';

function record(date, category, amount) {
  return { date, category, amount, description: '' };
}

describe('budgetAlerts', () => {
  test('reports a category that went over its budget', () => {
    const records = [
      record('2025-03-05', 'food', -120.4),
      record('2025-03-20', 'food', -95.1),
      record('2025-03-22', 'fun', -30),
    ];
    expect(budgetAlerts(records, { food: 200, fun: 50 })).toEqual([
      { month: '2025-03', category: 'food', spent: 215.5, limit: 200, over: 15.5 },
    ]);
  });

  test('spending exactly the budget is fine', () => {
    const records = [record('2025-03-05', 'fun', -20), record('2025-03-06', 'fun', -30)];
    expect(budgetAlerts(records, { fun: 50 })).toEqual([]);
  });

  test('ignores categories without a budget', () => {
    const records = [record('2025-03-02', 'rent', -700)];
    expect(budgetAlerts(records, { food: 200 })).toEqual([]);
  });

  test('checks every month on its own', () => {
    const records = [
      record('2025-03-05', 'food', -150),
      record('2025-04-05', 'food', -150),
      record('2025-04-25', 'food', -100),
    ];
    expect(budgetAlerts(records, { food: 200 })).toEqual([
      { month: '2025-04', category: 'food', spent: 250, limit: 200, over: 50 },
    ]);
  });

  test('orders alerts by month, then by the biggest overspend', () => {
    const records = [
      record('2025-04-01', 'fun', -60),
      record('2025-03-01', 'fun', -55),
      record('2025-03-02', 'food', -300),
      record('2025-04-02', 'food', -230),
    ];
    const alerts = budgetAlerts(records, { food: 200, fun: 50 });
    expect(alerts.map((a) => `${a.month} ${a.category}`)).toEqual([
      '2025-03 food',
      '2025-03 fun',
      '2025-04 food',
      '2025-04 fun',
    ]);
  });

  test('income does not count as spending', () => {
    const records = [record('2025-03-01', 'food', 500), record('2025-03-02', 'food', -10)];
    expect(budgetAlerts(records, { food: 5 })).toEqual([
      { month: '2025-03', category: 'food', spent: 10, limit: 5, over: 5 },
    ]);
  });

  test('a budget of 0 alerts on any spending', () => {
    const records = [record('2025-03-01', 'cigarrillos', -4.5)];
    expect(budgetAlerts(records, { cigarrillos: 0 })).toEqual([
      { month: '2025-03', category: 'cigarrillos', spent: 4.5, limit: 0, over: 4.5 },
    ]);
  });

  test('rounds spent and over to cents', () => {
    const records = [record('2025-03-01', 'snacks', -0.1), record('2025-03-02', 'snacks', -0.2)];
    expect(budgetAlerts(records, { snacks: 0.1 })).toEqual([
      { month: '2025-03', category: 'snacks', spent: 0.3, limit: 0.1, over: 0.2 },
    ]);
  });

  test('returns an empty array when there are no records', () => {
    expect(budgetAlerts([], { food: 200 })).toEqual([]);
  });
});
