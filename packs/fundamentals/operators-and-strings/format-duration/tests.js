import { describe, test, expect } from '@jest/globals';
import { formatDuration } from './solution';

describe('formatDuration', () => {
  test('formats hours and minutes', () => {
    expect(formatDuration(125)).toBe('2:05');
  });

  test('formats less than an hour', () => {
    expect(formatDuration(45)).toBe('0:45');
  });

  test('formats exactly one hour', () => {
    expect(formatDuration(60)).toBe('1:00');
  });

  test('formats zero minutes', () => {
    expect(formatDuration(0)).toBe('0:00');
  });

  test('pads a single-digit minute with a zero', () => {
    expect(formatDuration(9)).toBe('0:09');
  });

  test('formats the last minute before the next hour', () => {
    expect(formatDuration(119)).toBe('1:59');
  });

  test('lets hours go past 24', () => {
    expect(formatDuration(1500)).toBe('25:00');
  });

  test('does not pad the hours', () => {
    expect(formatDuration(185)).toBe('3:05');
  });
});
