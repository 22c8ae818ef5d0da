import { describe, test, expect } from '@jest/globals';
import { utcDate, isoDay, weekdayName, daysBetween, nextPayday } from './solution';

describe('utcDate', () => {
  test('builds midnight UTC, with 1 as January and 12 as December', () => {
    expect(utcDate(2024, 9, 16).toISOString()).toBe('2024-09-16T00:00:00.000Z');
    expect(utcDate(2025, 1, 6).getUTCMonth()).toBe(0);
    expect(utcDate(2024, 12, 31).toISOString()).toBe('2024-12-31T00:00:00.000Z');
  });

  test('returns a Date object', () => {
    expect(utcDate(2024, 9, 16)).toBeInstanceOf(Date);
  });
});

describe('isoDay and weekdayName', () => {
  test('isoDay writes YYYY-MM-DD', () => {
    expect(isoDay(new Date(Date.UTC(2024, 8, 16)))).toBe('2024-09-16');
    expect(isoDay(new Date(Date.UTC(2025, 0, 6, 23, 30)))).toBe('2025-01-06');
  });

  test('weekdayName gives the English day name in UTC', () => {
    expect(weekdayName(new Date(Date.UTC(2024, 8, 16)))).toBe('Monday');
    expect(weekdayName(new Date(Date.UTC(2024, 8, 15)))).toBe('Sunday');
    expect(weekdayName(new Date(Date.UTC(2024, 8, 21)))).toBe('Saturday');
    // 23:30 UTC on Monday: already Tuesday in Madrid, still Monday in Mexico City; UTC says Monday.
    expect(weekdayName(new Date(Date.UTC(2024, 8, 16, 23, 30)))).toBe('Monday');
  });
});

describe('daysBetween', () => {
  test('counts days across months and years', () => {
    expect(daysBetween(new Date(Date.UTC(2024, 11, 12)), new Date(Date.UTC(2025, 0, 6)))).toBe(25);
    expect(daysBetween(new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2025, 0, 1)))).toBe(366);
  });

  test('is 0 for the same day and negative backwards', () => {
    const day = new Date(Date.UTC(2024, 8, 16));
    expect(daysBetween(day, new Date(Date.UTC(2024, 8, 16)))).toBe(0);
    expect(daysBetween(new Date(Date.UTC(2025, 0, 6)), new Date(Date.UTC(2024, 11, 12)))).toBe(-25);
  });

  test('counts February 29 in a leap year', () => {
    expect(daysBetween(new Date(Date.UTC(2024, 1, 28)), new Date(Date.UTC(2024, 2, 1)))).toBe(2);
    expect(daysBetween(new Date(Date.UTC(2025, 1, 28)), new Date(Date.UTC(2025, 2, 1)))).toBe(1);
  });
});

describe('nextPayday', () => {
  test('is the 15th up to and including the 15th', () => {
    expect(nextPayday(new Date(Date.UTC(2024, 1, 1)))).toBe('2024-02-15');
    expect(nextPayday(new Date(Date.UTC(2024, 1, 10)))).toBe('2024-02-15');
    expect(nextPayday(new Date(Date.UTC(2024, 1, 15)))).toBe('2024-02-15');
  });

  test('is the last day of the month after the 15th', () => {
    expect(nextPayday(new Date(Date.UTC(2024, 1, 16)))).toBe('2024-02-29');
    expect(nextPayday(new Date(Date.UTC(2025, 1, 16)))).toBe('2025-02-28');
    expect(nextPayday(new Date(Date.UTC(2024, 3, 20)))).toBe('2024-04-30');
    expect(nextPayday(new Date(Date.UTC(2024, 11, 31)))).toBe('2024-12-31');
  });

  test('does not change the date it receives', () => {
    const date = new Date(Date.UTC(2024, 1, 16));
    nextPayday(date);
    expect(date.toISOString()).toBe('2024-02-16T00:00:00.000Z');
  });
});
