import { describe, test, expect } from '@jest/globals';
import { dueDates, daysLate, lateFee } from './solution';

describe('dueDates', () => {
  test('moves to the last day of short months', () => {
    expect(dueDates("2024-11", 4, 31)).toEqual(["2024-11-30", "2024-12-31", "2025-01-31", "2025-02-28"]);
  });

  test('knows leap years', () => {
    expect(dueDates("2024-01", 2, 30)).toEqual(["2024-01-30", "2024-02-29"]);
    expect(dueDates("2023-02", 1, 29)).toEqual(["2023-02-28"]);
  });

  test('keeps an ordinary day in every month', () => {
    expect(dueDates("2025-05", 3, 5)).toEqual(["2025-05-05", "2025-06-05", "2025-07-05"]);
  });

  test('reads the month as a person writes it', () => {
    expect(dueDates("2025-01", 1, 15)).toEqual(["2025-01-15"]);
    expect(dueDates("2025-12", 2, 1)).toEqual(["2025-12-01", "2026-01-01"]);
  });

  test('crosses more than one year', () => {
    const dates = dueDates("2024-06", 20, 31);
    expect(dates).toHaveLength(20);
    expect(dates[19]).toBe("2026-01-31");
    expect(dates[8]).toBe("2025-02-28");
  });

  test('returns an empty array for a count of 0', () => {
    expect(dueDates("2025-01", 0, 1)).toEqual([]);
  });
});

describe('daysLate', () => {
  test('counts the days after the due date', () => {
    expect(daysLate("2025-02-28", "2025-03-03")).toBe(3);
    expect(daysLate("2024-02-28", "2024-03-03")).toBe(4);
  });

  test('is 0 when paid on time or early', () => {
    expect(daysLate("2025-02-28", "2025-02-28")).toBe(0);
    expect(daysLate("2025-02-28", "2025-02-20")).toBe(0);
  });

  test('counts across a year change', () => {
    expect(daysLate("2024-12-31", "2025-01-08")).toBe(8);
  });
});

describe('lateFee', () => {
  test('the first 5 days late are free', () => {
    expect(lateFee(1250000, "2024-12-31", "2025-01-05")).toBe(0);
    expect(lateFee(1250000, "2024-12-31", "2024-12-30")).toBe(0);
  });

  test('charges 1% per day after the grace days', () => {
    expect(lateFee(1250000, "2024-12-31", "2025-01-06")).toBe(12500);
    expect(lateFee(1250000, "2024-12-31", "2025-01-08")).toBe(37500);
  });

  test('never charges more than 15%', () => {
    expect(lateFee(1250000, "2024-12-31", "2025-01-20")).toBe(187500);
    expect(lateFee(1250000, "2024-12-31", "2025-03-01")).toBe(187500);
  });

  test('rounds to the nearest centavo', () => {
    expect(lateFee(999950, "2025-01-01", "2025-01-09")).toBe(29999);
  });
});
