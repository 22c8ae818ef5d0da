import { describe, test, expect } from '@jest/globals';
import { weeklyInvoice, TimesheetError } from './solution';

const timesheet = [
  '2025-03-04;9:15 AM;12:30 PM',
  '2025-03-03;9:00 AM;1:00 PM',
  '',
  '2025-03-03;2:00 PM;6:45 PM',
].join('\n');

function errorFrom(fn) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but nothing was thrown');
}

describe('weeklyInvoice', () => {
  test('invoices the example timesheet', () => {
    expect(weeklyInvoice(timesheet, 3500)).toEqual({
      days: [
        { date: '2025-03-03', minutes: 525 },
        { date: '2025-03-04', minutes: 195 },
      ],
      totalMinutes: 720,
      amountCents: 42000,
    });
  });

  test('reads noon, midnight and afternoon hours correctly', () => {
    expect(weeklyInvoice('2025-03-05;11:30 AM;12:15 PM', 6000).totalMinutes).toBe(45);
    expect(weeklyInvoice('2025-03-05;12:00 AM;1:00 AM', 6000).totalMinutes).toBe(60);
    expect(weeklyInvoice('2025-03-05;12:45 PM;1:05 PM', 6000).totalMinutes).toBe(20);
    expect(weeklyInvoice('2025-03-05;10:00 AM;10:00 PM', 6000).totalMinutes).toBe(720);
  });

  test('trims fields and skips blank lines', () => {
    const text = '\n  2025-03-06 ; 8:05 AM ;  9:35 AM  \n   \n';
    expect(weeklyInvoice(text, 3000)).toEqual({
      days: [{ date: '2025-03-06', minutes: 90 }],
      totalMinutes: 90,
      amountCents: 4500,
    });
  });

  test('rounds the amount once, at the end', () => {
    // 7 minutes at 3330 cents an hour is 388.5 cents; 3 blocks are 1165.5 cents, so 1166
    // (rounding each block first would give 389 * 3 = 1167)
    const text = '2025-03-03;9:00 AM;9:07 AM\n2025-03-03;10:00 AM;10:07 AM\n2025-03-04;9:00 AM;9:07 AM';
    expect(weeklyInvoice(text, 3330).amountCents).toBe(1166);
  });

  test('an empty timesheet is worth nothing', () => {
    expect(weeklyInvoice('', 3500)).toEqual({ days: [], totalMinutes: 0, amountCents: 0 });
  });

  test('throws a TimesheetError for a time in the wrong format', () => {
    const error = errorFrom(() => weeklyInvoice('2025-03-03;9:00 AM;10:00 AM\n\n2025-03-04;9:00;10:00 AM', 3500));
    expect(error).toBeInstanceOf(TimesheetError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TimesheetError');
    expect(error.line).toBe(3);
    expect(error.message).toBe('Line 3: invalid time "9:00"');
  });

  test('rejects hours and minutes out of range, and a missing field', () => {
    expect(() => weeklyInvoice('2025-03-03;13:00 PM;2:00 PM', 1)).toThrow('Line 1: invalid time "13:00 PM"');
    expect(() => weeklyInvoice('2025-03-03;0:30 AM;2:00 PM', 1)).toThrow('Line 1: invalid time "0:30 AM"');
    expect(() => weeklyInvoice('2025-03-03;9:00 AM;9:60 AM', 1)).toThrow('Line 1: invalid time "9:60 AM"');
    expect(() => weeklyInvoice('2025-03-03;9:00 am;10:00 AM', 1)).toThrow('Line 1: invalid time "9:00 am"');
    expect(() => weeklyInvoice('2025-03-03;9:00 AM', 1)).toThrow('Line 1: invalid time ""');
  });

  test('the end must come after the start', () => {
    const error = errorFrom(() => weeklyInvoice('2025-03-03;9:00 AM;10:00 AM\n2025-03-03;5:00 PM;5:00 PM', 3500));
    expect(error).toBeInstanceOf(TimesheetError);
    expect(error.line).toBe(2);
    expect(error.message).toBe('Line 2: end must be after start');
    expect(() => weeklyInvoice('2025-03-03;11:00 PM;1:00 AM', 1)).toThrow('Line 1: end must be after start');
  });
});
