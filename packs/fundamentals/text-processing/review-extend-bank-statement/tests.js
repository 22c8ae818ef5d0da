import { describe, test, expect } from '@jest/globals';
import { may } from './statement.js';
import { parseMovement, parseStatement, balance, searchMovements, monthSummary } from './solution';

describe('what already worked still works', () => {
  test('parseMovement reads a plain amount', () => {
    expect(parseMovement("2024-05-02 | OXXO SUC MERIDA CENTRO | -45.50")).toEqual({
      date: "2024-05-02",
      description: "OXXO SUC MERIDA CENTRO",
      centavos: -4550,
    });
  });

  test('parseMovement rounds to whole centavos', () => {
    expect(parseMovement("2024-05-02 | Pago | 19.99").centavos).toBe(1999);
  });

  test('parseStatement skips blank lines', () => {
    expect(parseStatement(may)).toHaveLength(6);
  });
});

describe('thousands separators', () => {
  test('reads an amount with a comma and a plus sign', () => {
    expect(parseMovement("2024-05-03 | TRANSFERENCIA ACME LLC | +18,500.00").centavos).toBe(1850000);
  });

  test('reads a negative amount with a comma', () => {
    expect(parseMovement("2024-05-10 | CFE | -1,240.00").centavos).toBe(-124000);
  });

  test('reads amounts over a million', () => {
    expect(parseMovement("2024-05-10 | Venta casa | 1,250,000.50").centavos).toBe(125000050);
  });

  test('balance adds up the whole statement', () => {
    expect(balance(may)).toBe(3550550);
  });
});

describe('searchMovements', () => {
  test('ignores accents and capitals', () => {
    expect(searchMovements(may, "café").map((m) => m.centavos)).toEqual([-8900, -12000]);
    expect(searchMovements(may, "ÑANDÚ")).toHaveLength(2);
  });

  test('finds a word inside the description', () => {
    expect(searchMovements(may, "acme").map((m) => m.date)).toEqual(["2024-05-03", "2024-05-28"]);
    expect(searchMovements(may, "merida")[0].description).toBe("OXXO SUC MERIDA CENTRO");
  });

  test('returns an empty array when nothing matches', () => {
    expect(searchMovements(may, "uber")).toEqual([]);
  });
});

describe('monthSummary', () => {
  test('adds up income and spending of the month', () => {
    expect(monthSummary(may, "2024-05")).toEqual({ income: 3700000, spending: 137450 });
  });

  test('leaves out the other months', () => {
    expect(monthSummary(may, "2024-06")).toEqual({ income: 0, spending: 12000 });
  });

  test('is all zeros for a month without movements', () => {
    expect(monthSummary(may, "2024-07")).toEqual({ income: 0, spending: 0 });
  });
});
