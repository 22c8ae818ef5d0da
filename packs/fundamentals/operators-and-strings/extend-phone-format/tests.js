import { describe, test, expect } from '@jest/globals';
import { formatPhone, internationalPhone } from './solution';

describe('formatPhone with plain numbers (already working)', () => {
  test('splits a Mexico City number into 2, 4 and 4 digits', () => {
    expect(formatPhone("5512345678")).toBe("55 1234 5678");
  });

  test('splits a Mérida number the same way', () => {
    expect(formatPhone("9991234567")).toBe("99 9123 4567");
  });
});

describe('formatPhone with pasted numbers', () => {
  test('ignores spaces around the number', () => {
    expect(formatPhone(" 5512345678 ")).toBe("55 1234 5678");
  });

  test('removes the +52 country code', () => {
    expect(formatPhone("+525512345678")).toBe("55 1234 5678");
  });

  test('handles spaces and the country code together', () => {
    expect(formatPhone(" +528112345678")).toBe("81 1234 5678");
  });
});

describe('internationalPhone', () => {
  test('puts +52 in front of the groups', () => {
    expect(internationalPhone("3312345678")).toBe("+52 33 1234 5678");
  });

  test('does not repeat a country code that was already there', () => {
    expect(internationalPhone("+523312345678")).toBe("+52 33 1234 5678");
  });

  test('ignores spaces around the number', () => {
    expect(internationalPhone("  8187654321")).toBe("+52 81 8765 4321");
  });
});
