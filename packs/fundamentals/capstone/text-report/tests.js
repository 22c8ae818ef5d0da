import { describe, test, expect } from '@jest/globals';
import { formatMonth } from './solution';

const march = { month: '2025-03', income: 2500, spending: 742.3, balance: 1757.7 };

describe('formatMonth', () => {
  test('formats a month with no alerts', () => {
    expect(formatMonth(march, [])).toBe(
      [
        'Month: 2025-03',
        '  Income       2500.00',
        '  Spending      742.30',
        '  Balance      1757.70',
        'Alerts: none',
      ].join('\n'),
    );
  });

  test('lists the alerts of the month', () => {
    const alerts = [{ month: '2025-03', category: 'food', spent: 230.5, limit: 200, over: 30.5 }];
    expect(formatMonth(march, alerts)).toBe(
      [
        'Month: 2025-03',
        '  Income       2500.00',
        '  Spending      742.30',
        '  Balance      1757.70',
        'Alerts:',
        '  food: spent 230.50 of 200.00 (30.50 over)',
      ].join('\n'),
    );
  });

  test('ignores alerts of other months', () => {
    const alerts = [{ month: '2025-04', category: 'fun', spent: 60, limit: 50, over: 10 }];
    expect(formatMonth(march, alerts)).toMatch(/Alerts: none$/);
  });

  test('shows a negative balance and zero income', () => {
    const may = { month: '2025-05', income: 0, spending: 120.5, balance: -120.5 };
    const lines = formatMonth(may, []).split('\n');
    expect(lines[1]).toBe('  Income          0.00');
    expect(lines[3]).toBe('  Balance      -120.50');
  });

  test('lines up big amounts', () => {
    const big = { month: '2025-12', income: 12345.6, spending: 12000, balance: 345.6 };
    expect(formatMonth(big, []).split('\n').slice(1, 4)).toEqual([
      '  Income      12345.60',
      '  Spending    12000.00',
      '  Balance       345.60',
    ]);
  });

  test('keeps several alerts in the order given', () => {
    const alerts = [
      { month: '2025-03', category: 'niñera', spent: 300, limit: 250, over: 50 },
      { month: '2025-03', category: 'café', spent: 41.25, limit: 40, over: 1.25 },
    ];
    expect(formatMonth(march, alerts).split('\n').slice(4)).toEqual([
      'Alerts:',
      '  niñera: spent 300.00 of 250.00 (50.00 over)',
      '  café: spent 41.25 of 40.00 (1.25 over)',
    ]);
  });

  test('does not end with a newline', () => {
    expect(formatMonth(march, []).endsWith('\n')).toBe(false);
  });
});
