import { describe, test, expect } from '@jest/globals';
import { formatMonth } from './solution';

const march = { month: '2025-03', incomeCents: 250000, spendingCents: 74230, balanceCents: 175770 };

function alert(month, category, spentCents, limitCents) {
  return { month, category, spentCents, limitCents, overCents: spentCents - limitCents };
}

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
    const alerts = [alert('2025-03', 'food', 23050, 20000)];
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
    const alerts = [alert('2025-04', 'fun', 6000, 5000)];
    expect(formatMonth(march, alerts)).toMatch(/Alerts: none$/);
  });

  test('shows a negative balance and zero income', () => {
    const may = { month: '2025-05', incomeCents: 0, spendingCents: 12050, balanceCents: -12050 };
    const lines = formatMonth(may, []).split('\n');
    expect(lines[1]).toBe('  Income          0.00');
    expect(lines[3]).toBe('  Balance      -120.50');
  });

  test('lines up big amounts', () => {
    const big = { month: '2025-12', incomeCents: 1234560, spendingCents: 1200000, balanceCents: 34560 };
    expect(formatMonth(big, []).split('\n').slice(1, 4)).toEqual([
      '  Income      12345.60',
      '  Spending    12000.00',
      '  Balance       345.60',
    ]);
  });

  test('shows single centavos with two digits', () => {
    const tiny = { month: '2025-07', incomeCents: 5, spendingCents: 0, balanceCents: 5 };
    expect(formatMonth(tiny, []).split('\n')[1]).toBe('  Income          0.05');
  });

  test('keeps several alerts in the order given', () => {
    const alerts = [alert('2025-03', 'niñera', 30000, 25000), alert('2025-03', 'café', 4125, 4000)];
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
