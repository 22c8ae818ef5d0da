import { describe, test, expect } from '@jest/globals';
import { budgetReport } from './solution';

const text = [
  '# Household budget',
  '2025-03-01;salary;2500;March pay',
  '2025-03-02;rent;-700;Apartment',
  '2025-03-05;food;-120.40;Market',
  '2025-03-20;Food;-95.10;Market',
  '2025-03-22;fun;-30;Cine',
  '',
  '2025-04-01;salary;1850;April pay',
  '2025-04-03;rent;-700',
  '2025-04-10;food;-80;Feria',
  '2025-04-12;fun;-65.25;Concierto',
].join('\n');

const budgets = { food: 20000, fun: 5000 };

describe('budgetReport', () => {
  test('builds the full report', () => {
    expect(budgetReport(text, budgets)).toBe(
      [
        'Month: 2025-03',
        '  Income       2500.00',
        '  Spending      945.50',
        '  Balance      1554.50',
        'Alerts:',
        '  food: spent 215.50 of 200.00 (15.50 over)',
        '',
        'Month: 2025-04',
        '  Income       1850.00',
        '  Spending      845.25',
        '  Balance      1004.75',
        'Alerts:',
        '  fun: spent 65.25 of 50.00 (15.25 over)',
        '',
        'Top spending: rent (1400.00)',
      ].join('\n'),
    );
  });

  test('reports a month without alerts', () => {
    const report = budgetReport('2025-06-01;salary;1000;Pay\n2025-06-02;food;-10;Pan', budgets);
    expect(report).toContain('Alerts: none');
    expect(report).toContain('Top spending: food (10.00)');
  });

  test('says so when there are no transactions', () => {
    expect(budgetReport('', budgets)).toBe('No transactions yet.');
    expect(budgetReport('# nothing yet\n\n', budgets)).toBe('No transactions yet.');
  });

  test('leaves out the top spending line when there is only income', () => {
    const report = budgetReport('2025-06-01;salary;1000;Pay', budgets);
    expect(report).not.toContain('Top spending');
    expect(report.startsWith('Month: 2025-06')).toBe(true);
  });

  test('explains a bad line instead of throwing', () => {
    const bad = '2025-03-01;salary;2500;Pay\n2025-03-02;food;-12,50;Almuerzo';
    expect(budgetReport(bad, budgets)).toBe('Report failed: Line 2: invalid amount');
  });

  test('reports a bad date with its line number', () => {
    const bad = '# March\n\n2025-02-30;food;-5;x\n2025-02-31;food;-5;y\n2025-14-01;food;-5;z';
    expect(budgetReport(bad, budgets)).toBe('Report failed: Line 5: invalid date');
  });

  test('lets an error that is not a ValidationError through', () => {
    // null is not text: readTransactions fails with a TypeError, a bug in the caller.
    expect(() => budgetReport(null, budgets)).toThrow(TypeError);
    expect(() => budgetReport(42, budgets)).toThrow(TypeError);
  });

  test('adds up centavos exactly across the whole report', () => {
    const snacks = [
      '2025-06-01;snacks;-0.10;Chicle',
      '2025-06-02;snacks;-0.20;Chicle',
      '2025-06-03;tips;81.10;Propinas',
    ].join('\n');
    expect(budgetReport(snacks, { snacks: 29 })).toBe(
      [
        'Month: 2025-06',
        '  Income         81.10',
        '  Spending        0.30',
        '  Balance        80.80',
        'Alerts:',
        '  snacks: spent 0.30 of 0.29 (0.01 over)',
        '',
        'Top spending: snacks (0.30)',
      ].join('\n'),
    );
  });

  test('works with no budgets at all', () => {
    const report = budgetReport('2025-03-22;diversión;-30;Cine', {});
    expect(report).toBe(
      [
        'Month: 2025-03',
        '  Income          0.00',
        '  Spending       30.00',
        '  Balance       -30.00',
        'Alerts: none',
        '',
        'Top spending: diversión (30.00)',
      ].join('\n'),
    );
  });
});
