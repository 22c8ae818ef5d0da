import { describe, test, expect } from '@jest/globals';
import { cleanBookingCode } from './solution';

describe('cleanBookingCode', () => {
  test('accepts a code that is already clean', () => {
    expect(cleanBookingCode('BOG-0427')).toBe('BOG-0427');
  });

  test('trims spaces and uses capital letters', () => {
    expect(cleanBookingCode('  mde-1200 ')).toBe('MDE-1200');
  });

  test('rejects a code with three digits', () => {
    expect(cleanBookingCode('BOG-427')).toBeNull();
  });

  test('rejects a code without a dash', () => {
    expect(cleanBookingCode('BOG0427')).toBeNull();
  });

  test('rejects extra text around the code', () => {
    expect(cleanBookingCode('code BOG-0427')).toBeNull();
    expect(cleanBookingCode('BOG-04270')).toBeNull();
  });

  test('rejects letters outside A to Z', () => {
    expect(cleanBookingCode('ÑAB-1234')).toBeNull();
  });

  test('rejects digits where letters should be', () => {
    expect(cleanBookingCode('B0G-0427')).toBeNull();
  });

  test('returns null for an empty string', () => {
    expect(cleanBookingCode('')).toBeNull();
  });
});
