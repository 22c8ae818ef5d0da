import { describe, test, expect } from '@jest/globals';
import { parseTime } from './solution';

describe('parseTime', () => {
  test('reads an afternoon time', () => {
    expect(parseTime('14:05')).toEqual({ hours: 14, minutes: 5 });
  });

  test('reads midnight and the last minute of the day', () => {
    expect(parseTime('0:00')).toEqual({ hours: 0, minutes: 0 });
    expect(parseTime('23:59')).toEqual({ hours: 23, minutes: 59 });
  });

  test('rejects values that are not strings', () => {
    expect(() => parseTime(1405)).toThrow(TypeError);
    expect(() => parseTime(undefined)).toThrow('Time must be a string');
  });

  test('rejects text without a colon', () => {
    expect(() => parseTime('7.30')).toThrow('Invalid time format: "7.30"');
  });

  test('rejects an empty string', () => {
    expect(() => parseTime('')).toThrow('Invalid time format: ""');
  });

  test('rejects empty or non-numeric parts', () => {
    expect(() => parseTime('14:')).toThrow(/Invalid time format/);
    expect(() => parseTime(':30')).toThrow(/Invalid time format/);
    expect(() => parseTime('dos:30')).toThrow(/Invalid time format/);
    expect(() => parseTime('1:2:3')).toThrow(/Invalid time format/);
  });

  test('rejects hours out of range', () => {
    expect(() => parseTime('25:00')).toThrow(RangeError);
    expect(() => parseTime('24:00')).toThrow('Hours must be 0-23');
    expect(() => parseTime('-1:00')).toThrow('Hours must be 0-23');
  });

  test('rejects minutes out of range', () => {
    expect(() => parseTime('12:60')).toThrow(RangeError);
    expect(() => parseTime('12:75')).toThrow('Minutes must be 0-59');
  });

  test('format problems are plain errors, not range errors', () => {
    expect(() => parseTime('99')).not.toThrow(RangeError);
  });
});
