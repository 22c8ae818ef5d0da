import { describe, test, expect } from '@jest/globals';
import { parseLine, parseTransactions } from './solution';

describe('parseLine', () => {
  test('turns a line into a record', () => {
    expect(parseLine('2025-03-04;food;-12.50;Tacos with Ana')).toEqual({
      date: '2025-03-04',
      category: 'food',
      amountCents: -1250,
      description: 'Tacos with Ana',
    });
  });

  test('trims spaces and lowercases the category', () => {
    expect(parseLine(' 2025-03-01 ; Salary ; 2500 ; March pay ')).toEqual({
      date: '2025-03-01',
      category: 'salary',
      amountCents: 250000,
      description: 'March pay',
    });
  });

  test('turns pesos into whole centavos exactly', () => {
    expect(parseLine('2025-03-07;food;-81.10;Comida').amountCents).toBe(-8110);
    expect(parseLine('2025-03-07;snacks;-0.29;Chicle').amountCents).toBe(-29);
    expect(parseLine('2025-03-07;food;-4.35;Pan').amountCents).toBe(-435);
    expect(parseLine('2025-03-07;gifts;120.4;Regalo').amountCents).toBe(12040);
  });

  test('uses an empty description when there is none', () => {
    expect(parseLine('2025-03-02;transport;-2.75').description).toBe('');
  });

  test('keeps semicolons inside the description', () => {
    expect(parseLine('2025-03-05;fun;-20;Cine; palomitas').description).toBe('Cine; palomitas');
  });

  test('gives NaN for an amount that is not a number', () => {
    expect(parseLine('2025-03-05;fun;twenty;Cine').amountCents).toBeNaN();
  });

  test('keeps accents in the description', () => {
    expect(parseLine('2025-03-06;food;-3.20;Café con José').description).toBe('Café con José');
  });
});

describe('parseTransactions', () => {
  test('parses every line in order', () => {
    const text = '2025-03-01;salary;2500;Pay\n2025-03-02;food;-8.40;Tacos';
    const records = parseTransactions(text);
    expect(records).toHaveLength(2);
    expect(records[0].category).toBe('salary');
    expect(records[1].amountCents).toBe(-840);
  });

  test('skips blank lines and comments', () => {
    const text = '# March\n\n2025-03-02;food;-8.40;Tacos\n   \n# end';
    expect(parseTransactions(text)).toEqual([
      { date: '2025-03-02', category: 'food', amountCents: -840, description: 'Tacos' },
    ]);
  });

  test('returns an empty array for empty text', () => {
    expect(parseTransactions('')).toEqual([]);
  });
});
