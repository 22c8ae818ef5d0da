import { describe, test, expect } from '@jest/globals';
import { validateRecord, readTransactions, ValidationError } from './solution';

function record(date, category, amountCents) {
  return { date, category, amountCents, description: '' };
}

describe('validateRecord', () => {
  test('returns a valid record unchanged', () => {
    const good = record('2025-03-04', 'food', -1250);
    expect(validateRecord(good)).toBe(good);
    expect(good).toEqual(record('2025-03-04', 'food', -1250));
  });

  test('rejects a date in the wrong shape', () => {
    expect(() => validateRecord(record('2025-3-4', 'food', -100))).toThrow('invalid date');
    expect(() => validateRecord(record('04/03/2025', 'food', -100))).toThrow(ValidationError);
    expect(() => validateRecord(record('', 'food', -100))).toThrow('invalid date');
  });

  test('rejects a month or day out of range', () => {
    expect(() => validateRecord(record('2025-13-01', 'food', -100))).toThrow('invalid date');
    expect(() => validateRecord(record('2025-00-10', 'food', -100))).toThrow('invalid date');
    expect(() => validateRecord(record('2025-02-32', 'food', -100))).toThrow('invalid date');
    expect(() => validateRecord(record('2025-02-00', 'food', -100))).toThrow('invalid date');
  });

  test('rejects a missing category', () => {
    expect(() => validateRecord(record('2025-03-04', '', -100))).toThrow('missing category');
  });

  test('rejects an amount that is NaN or zero', () => {
    expect(() => validateRecord(record('2025-03-04', 'food', NaN))).toThrow('invalid amount');
    expect(() => validateRecord(record('2025-03-04', 'food', 0))).toThrow('invalid amount');
  });

  test('rejects an amount that is not a whole number of centavos', () => {
    expect(() => validateRecord(record('2025-03-04', 'food', -12.5))).toThrow('invalid amount');
    expect(() => validateRecord(record('2025-03-04', 'tips', 0.4))).toThrow('invalid amount');
  });

  test('accepts income and spending', () => {
    expect(validateRecord(record('2025-12-31', 'salary', 250000)).amountCents).toBe(250000);
    expect(validateRecord(record('2025-01-01', 'niñera', -4000)).category).toBe('niñera');
    expect(validateRecord(record('2025-01-02', 'snacks', -1)).amountCents).toBe(-1);
  });
});

describe('readTransactions', () => {
  test('returns the records of a correct text', () => {
    const text = '# March\n2025-03-01;salary;2500;Pay\n\n2025-03-02;food;-8.40;Tacos';
    expect(readTransactions(text)).toEqual([
      { date: '2025-03-01', category: 'salary', amountCents: 250000, description: 'Pay' },
      { date: '2025-03-02', category: 'food', amountCents: -840, description: 'Tacos' },
    ]);
  });

  test('returns an empty array for empty text', () => {
    expect(readTransactions('')).toEqual([]);
  });

  test('reports the line number of a bad line', () => {
    const text = '# March\n2025-03-01;salary;2500;Pay\n\n2025-03-02;food;abc;Lunch';
    expect(() => readTransactions(text)).toThrow('Line 4: invalid amount');
  });

  test('throws a ValidationError', () => {
    expect(() => readTransactions('2025-99-01;food;-1;x')).toThrow(ValidationError);
    expect(() => readTransactions('2025-99-01;food;-1;x')).toThrow('Line 1: invalid date');
  });

  test('stops at the first bad line', () => {
    const text = '2025-03-01;;-5;x\n2025-03-02;food;0;y';
    expect(() => readTransactions(text)).toThrow('Line 1: missing category');
  });
});
